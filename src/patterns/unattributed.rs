//! Quotations with no cue in sight: shown as unattributed (cue null), never
//! scored. Scare quotes, titles and nicknames ("so-called “peace
//! dividend”", “The Salt Road”) are too short or title-cased to count.

use super::Ctx;

impl Ctx<'_, '_> {
    /// Does top-level quote `q` read like speech rather than a scare quote,
    /// a title or a nickname?
    pub fn speech_like(&self, q: usize) -> bool {
        let q = &self.quotes.all[q];
        if q.words < 5 {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        for k in (q.open + 1..q.close).filter(|&k| self.doc.is_word(k)) {
            words += 1;
            caps += usize::from(self.doc.is_cap(k));
        }
        // A title: nearly every word capitalised.
        caps * 10 < words * 7
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn unattributed(text: &str) -> Vec<String> {
        let a = analyze(text);
        a.attributions
            .iter()
            .filter(|x| x.cue.is_none())
            .map(|x| x.content[0].of(text).to_string())
            .collect()
    }

    #[test]
    fn long_quote_without_cue_is_unattributed() {
        let t = "The crowd chanted.\n\n“We will not leave until the water is safe to drink.”";
        assert_eq!(
            unattributed(t),
            ["We will not leave until the water is safe to drink."]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotations() {
        assert!(unattributed("The so-called “peace dividend” never came.").is_empty());
        assert!(unattributed("“The Salt Road Of The Long Winter” won a prize.").is_empty());
    }
}
