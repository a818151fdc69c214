### What the command line says: results, confirmations, tables, warnings and errors. Ids begin
### with the command they belong to (cli- for what several say).
