# Radicale as shipped, except that a new card's UID is not checked against every card the address
# book holds (Radicale's has_uid walks them all, which makes a first upload grow with the square
# of its size). Used by benches/sync.sh to time kith's first sync as a server with a UID index
# would answer it; the same arguments as `python3 -m radicale`.
import sys

import radicale.storage as storage

storage.BaseCollection.has_uid = lambda self, uid: False
from radicale.__main__ import run  # noqa: E402

sys.argv[0] = "radicale"
run()
