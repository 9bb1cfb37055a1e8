//! The page path: choosing the article among a page's text nodes, building its text, mapping spans back to nodes.
