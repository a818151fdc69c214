# How messages are written here (an example the documentation and tests use).
words-example = { $who }-এর { $count }টি নোট
