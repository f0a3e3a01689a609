# A site's own UI strings; the second message has no `=`.
site-motto = Human rights for all
broken message without equals
