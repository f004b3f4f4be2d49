"""The plain-language check for editors and translators (issue 16): readability per page and language."""
