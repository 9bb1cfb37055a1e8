//! A claim that opens with a subordinate clause after the cue's comma:
//! "She said, if elected, she would sign the bill", "He said, while the
//! town grows, the port is failing". The subordinate clause belongs to the
//! claim, whose main clause opens after the next comma.

use super::Ctx;

/// The subordinators that can open the claim's first clause.
const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "once", "unless", "although", "though", "because", "whether",
];

/// How many tokens the subordinate clause may run before its comma.
const REACH: usize = 14;

impl Ctx<'_, '_> {
    /// Does a subordinate clause open at token `n` (right after the cue's
    /// comma) and close with a comma before `end`, after which a clause
    /// with its own subject and verb opens ("he would", "the port is")?
    pub fn subordinate_then_clause(&self, n: usize, end: usize) -> bool {
        if !self.doc.is_any(n, SUBORDINATORS) {
            return false;
        }
        let limit = end.min(n + REACH);
        let Some(c) = (n + 1..limit).find(|&k| {
            matches!(self.doc.tok(k), "," | ";" | ":" | "—" | "–" | "(")
                || self.opens_quote(k).is_some()
        }) else {
            return false;
        };
        self.doc.tok(c) == "," && c + 1 < end && self.bare_clause_at(c + 1, end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_claim_opening_with_if_or_while() {
        let t = triples("The mayor said, if elected, she would sign the river bill at once.");
        assert_eq!(t[0].0, s("The mayor"));
        assert_eq!(
            t[0].2,
            vec!["if elected, she would sign the river bill at once"]
        );
        let t = triples("Holt said, while the town grows, the port is failing.");
        assert_eq!(t[0].2, vec!["while the town grows, the port is failing"]);
    }

    #[test]
    fn no_clause_after_the_comma_no_claim() {
        // No clause with a subject and a verb after the subordinate
        // clause's comma: no claim opens there.
        assert!(triples("Holt said, if anything, more about the port than the town.").is_empty());
        assert!(triples("Holt said, when the vote came, nothing at all.").is_empty());
    }
}
