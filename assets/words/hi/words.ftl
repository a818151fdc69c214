# How messages are written here (an example the documentation and tests use).
words-example = { $who } के लिए { $count ->
    [one] { $count } नोट
   *[other] { $count } नोट
}
