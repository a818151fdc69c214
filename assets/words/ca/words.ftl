# How messages are written here (an example the documentation and tests use).
words-example = { $count ->
    [one] { $count } nota
   *[other] { $count } notes
} per a { $who }
