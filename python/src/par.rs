//! An order-keeping parallel map over a slice, on scoped threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// How many items a worker takes at once: small enough to balance texts of
/// uneven length, large enough that the shared counter is not contended.
const CHUNK: usize = 16;

/// `items.iter().map(f).collect()`, on up to `threads` threads, in input
/// order.
pub fn map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = threads.min(items.len().div_ceil(CHUNK)).max(1);
    if workers == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Vec<R>)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                    if start >= items.len() {
                        break;
                    }
                    let end = (start + CHUNK).min(items.len());
                    mine.push((start, items[start..end].iter().map(&f).collect()));
                }
                if let Ok(mut d) = done.lock() {
                    d.extend(mine);
                }
            });
        }
    });
    let mut chunks = done.into_inner().unwrap_or_default();
    chunks.sort_unstable_by_key(|&(start, _)| start);
    chunks.into_iter().flat_map(|(_, rs)| rs).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_input_order_on_any_thread_count() {
        let items: Vec<usize> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            let out = super::map(&items, threads, |&i| i * 2);
            assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
        assert!(super::map(&[] as &[u8], 4, |&b| b).is_empty());
    }
}
