### Two-way sync with a CardDAV server (src/sync/, src/cli/sync.rs): the account, what a sync did,
### what stopped it, and the conflicts it kept.

## The account
sync-no-account = no server to sync with: give `--url URL --user NAME --password-cmd CMD`, or set url, user and password_cmd under [sync] in the config
sync-no-password = no password for { $user }: give `--password-cmd CMD`, set password_cmd under [sync] in the config, or set KITH_SYNC_PASSWORD
sync-password-failed = the password command `{ $command }` failed: { $error }
sync-bad-url = { $url } is not a server's address: give one like https://dav.example.com/

## What stopped a sync
sync-wrong-credentials = wrong user or password for { $url }
sync-unreachable = cannot reach { $url }: { $error }; changes stay queued for the next sync
sync-no-address-book = { $url } has no address book, and kith could not make one: make one there, or give its URL with --url
sync-server = { $url } answered: { $said }
sync-refused = the server refused { $name }: { $status } { $said }
sync-some-refused = { $count ->
    [one] { $count } contact was
   *[other] { $count } contacts were
} refused by the server (named above); they stay queued
sync-unreadable = could not read { $href } on the server: { $error }; it stays there as it is

## What a sync did
sync-nothing = Nothing changed ({ $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
})
sync-done = Sent { $sent }, received { $received }, deleted { $deleted }, archived { $archived } ({ $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
})
# The archive reason of a contact deleted on the server (kith archives it rather than delete it).
sync-deleted-remotely = deleted on the server

## Conflicts: changed here and on the server
sync-conflicts-waiting = { $count ->
    [one] { $count } contact was
   *[other] { $count } contacts were
} changed here and on the server: see `kith sync --conflicts`
sync-no-conflicts = No conflicts.
sync-conflict = { $id }  { $name }: changed here and on the server
sync-conflict-mine = mine:   { $line }
sync-conflict-theirs = theirs: { $line }
sync-conflicts-hint = Keep one version with `kith sync --resolve CONTACT --keep mine` or `--keep theirs`
sync-no-conflict = { $name } has no conflict to resolve
sync-kept-mine = Kept your version of { $name }; it is sent at the next sync
sync-kept-theirs = Took the server's version of { $name }; `kith undo` brings yours back
