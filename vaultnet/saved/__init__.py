"""What a build saves for the next one, beside the parse cache, and the build that starts from it:
`files` (the signed state files, and `check`'s quick answer), `state` (what is saved: the
vault's tables, the pages' part, the people file), `resume` (a build from the saved state and
the notes changed since) and `intros` (the introductions made, as such a build keeps them).

Nothing is imported here: a `check` of an unchanged vault reads `files` alone."""
