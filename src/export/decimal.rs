//! Decimals of the export without the standard library's float formatting
//! and parsing: `{x}`, `{x:.2}` and `str::parse::<f64>` pulled about 15 KB
//! gzipped of digit-generation code and tables into the Wasm module, for
//! confidences that are short decimals in [0, 1]. Each function here gives
//! exactly what the standard library gives (the tests compare them over
//! every kind of value they take); integer arithmetic only.

/// The shortest decimal that reads back to `x`, as the `f64` nearest it:
/// what `format!("{x}").parse::<f64>()` gives. Exact for 0 and for
/// 2^-30 <= |x| < 2^24 (every confidence lies in [0, 1]); outside that
/// range, and for NaN and the infinities, the cast `f64::from(x)`.
pub fn shortest(x: f32) -> f64 {
    if x == 0.0 {
        return f64::from(x); // "0" or "-0"
    }
    let a = x.abs();
    if !(a >= 1.0 / (1u64 << 30) as f32 && a < (1u32 << 24) as f32) {
        return f64::from(x); // also NaN
    }
    let bits = a.to_bits();
    // a = m * 2^-shift, m with its implicit bit (a is normal here), shift in 0..=53.
    let m = u128::from((bits & 0x7f_ffff) | 0x80_0000);
    let shift = 150 - (bits >> 23);
    // Read back as a when strictly inside the halfway points to its
    // neighbours, or on one when m is even (ties to even). Below a power of
    // two the neighbour is half as far.
    let even = m % 2 == 0;
    let power_of_two = m == 0x80_0000;
    let mut p10: u128 = 1;
    // k decimal places: the nearest decimal n / 10^k to a (an f32 has at
    // most 9 significant digits, and a >= 2^-30 needs at most 18 places).
    for _ in 0..=18 {
        let scaled = m * p10; // a * 10^k * 2^shift, below 2^84
        let n = (scaled + ((1u128 << shift) >> 1)) >> shift;
        // Everything times 10^k * 2^(shift + 2): the decimal, a, the halfway points.
        let d = n << (shift + 2);
        let v = scaled << 2;
        let above = 2 * p10;
        let below = if power_of_two { p10 } else { 2 * p10 };
        let inside = if d >= v {
            d - v < above || (d - v == above && even)
        } else {
            v - d < below || (v - d == below && even)
        };
        if inside {
            // n < 10^9 and 10^k <= 10^18 are exact as f64: one correctly rounded division.
            let q = n as f64 / p10 as f64;
            return if x < 0.0 { -q } else { q };
        }
        p10 *= 10;
    }
    f64::from(x)
}

/// `x` to two decimal places, as `format!("{x:.2}")` writes it: the exact
/// value rounded half to even ("0.12" for 0.125), "-0.00" for a negative
/// that rounds to 0, "NaN", "inf", "-inf".
pub fn two_places(x: f32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let a = f64::from(x).abs();
    if a.is_infinite() {
        return format!("{sign}inf");
    }
    if a < (1u32 << 24) as f64 {
        // a * 100 is exact (24 + 7 bits) and below 2^31.
        let n = (a * 100.0).round_ties_even() as u64;
        format!("{sign}{}.{:02}", n / 100, n % 100)
    } else {
        // From 2^24 on an f32 is a whole number, below 2^128.
        format!("{sign}{}.00", a as u128)
    }
}

/// `num / 2^shift` to one decimal place, as `format!("{:.1}", num as f64 /
/// 2^shift as f64)` writes it for `num < 2^53` (the quotient exact, rounded
/// half to even).
pub fn one_place(num: u64, shift: u32) -> String {
    let t = u128::from(num) * 10;
    let (q, r) = (t >> shift, t & ((1u128 << shift) - 1));
    let half = (1u128 << shift) >> 1;
    let tenths = if shift > 0 && (r > half || (r == half && q % 2 == 1)) {
        q + 1
    } else {
        q
    };
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the standard library gives.
    fn std_shortest(x: f32) -> f64 {
        format!("{x}").parse().unwrap()
    }

    /// f32 values of every kind the tests walk: the two-place and
    /// three-place decimals of [0, 1] and their neighbours, powers of two
    /// and their neighbours, and a spread of bit patterns over the range.
    fn samples() -> Vec<f32> {
        let mut xs = Vec::new();
        let around = |xs: &mut Vec<f32>, x: f32| {
            for d in -3i32..=3 {
                xs.push(f32::from_bits(x.to_bits().wrapping_add_signed(d)));
            }
        };
        for i in 0..=1000 {
            around(&mut xs, i as f32 / 1000.0);
            around(&mut xs, i as f32 / 100.0);
        }
        for e in -40..30 {
            around(&mut xs, 2f32.powi(e));
        }
        // Every 9,973rd bit pattern from 2^-31 to 2^25: about 100,000 values.
        let (lo, hi) = (2f32.powi(-31).to_bits(), 2f32.powi(25).to_bits());
        xs.extend((lo..hi).step_by(9_973).map(f32::from_bits));
        xs.extend([
            0.85,
            0.9,
            0.95,
            0.765,
            0.125,
            0.375,
            1e-7,
            123.456,
            16_777_215.0,
        ]);
        xs
    }

    #[test]
    fn shortest_reads_back_as_the_standard_library_does() {
        let exact = |a: f32| a == 0.0 || (2f32.powi(-30)..2f32.powi(24)).contains(&a);
        for x in samples().into_iter().filter(|x| !x.is_nan()) {
            for x in [x, -x] {
                let want = if exact(x.abs()) {
                    std_shortest(x)
                } else {
                    f64::from(x)
                };
                let got = shortest(x);
                assert_eq!(got.to_bits(), want.to_bits(), "{x:e}: {got:e} != {want:e}");
            }
        }
        assert_eq!(shortest(0.85), 0.85);
        assert_ne!(f64::from(0.85f32), 0.85, "the cast is what this avoids");
        assert_eq!(shortest(-0.0).to_bits(), (-0.0f64).to_bits());
        // Outside the exact range, the cast.
        assert_eq!(shortest(1e30), f64::from(1e30f32));
        assert_eq!(shortest(1e-12), f64::from(1e-12f32));
        assert!(shortest(f32::NAN).is_nan());
        assert_eq!(shortest(f32::NEG_INFINITY), f64::NEG_INFINITY);
    }

    #[test]
    fn two_places_writes_what_format_writes() {
        let mut xs = samples();
        xs.extend([
            0.0,
            -0.0,
            -0.001,
            0.005,
            0.015,
            0.025,
            2.675,
            1e20,
            f32::MAX,
            f32::MIN_POSITIVE,
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
        ]);
        for x in xs {
            for x in [x, -x] {
                assert_eq!(two_places(x), format!("{x:.2}"), "{x:e}");
            }
        }
        assert_eq!(two_places(0.125), "0.12");
        assert_eq!(two_places(0.95), "0.95");
    }

    #[test]
    fn one_place_writes_what_format_writes() {
        const MB: u32 = 20;
        let mut nums: Vec<u64> = (0..5_000).map(|i| i * 52_429).collect();
        nums.extend((0..40).map(|i| (1u64 << 20) * i + (1 << 19))); // the halfway points
        nums.extend((0..40).map(|i| (1u64 << 20) * i / 10 * 10 + 104_857)); // near them
        nums.extend([1, (1 << 20) - 1, 1 << 20, 1 << 40, (1 << 53) - 1]);
        for n in nums {
            let want = format!("{:.1}", n as f64 / f64::from(1u32 << MB));
            assert_eq!(one_place(n, MB), want, "{n}");
        }
        assert_eq!(one_place(3, 1), format!("{:.1}", 1.5));
        assert_eq!(one_place(7, 0), "7.0");
    }
}
