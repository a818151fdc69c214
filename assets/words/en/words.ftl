# How messages are written here (an example the documentation and tests use).
words-example = { $count ->
    [one] { $count } note
   *[other] { $count } notes
} for { $who }
