export const HELP_TEXT = `Usage: cairn <command> [options]

Commands:
  list          List the active clients (name, industry, stakeholders, last update)
  demo          Create the demo client "Nordlicht Outdoor GmbH"
  export CLIENT Write a client's deliverable or .cairn file (CLIENT: its id or exact name)
  validate FILE Check a .cairn file or workspace backup (any supported version)
  import FILE   Import a .cairn file or workbook (merges into the same client if it is here)
  backup        Write every client and custom framework to one backup file (--out FILE)
  restore FILE  Restore a workspace backup: into an empty data folder as it was, or with
                --as-new beside the clients here (the workspace is backed up first)
  share CLIENT  Share a client with the firm: its own database on the CouchDB sync server
  unshare CLIENT Stop syncing a client from this computer (nothing is deleted)
  sync          Sync every shared client and the firm library with the server, continuously
                until interrupted; --once returns when everything is pushed and pulled

Options:
  --data-dir DIR   Use this data folder (default: $CAIRN_DATA_DIR, else Cairn's user-data folder)
  --json           list: print the client summaries as JSON
  --all            list: include archived clients and the trash
  --format F       export: xlsx (workbook), pdf (report) or cairn (engagement file)
  --out FILE       export, backup: the file to write
  --engagement E   export: only this engagement (id or exact title; default: all)
  --sections a,b   export: only these sheets or report sections, in the usual order
  --as-new         import: always as a new client (fresh ids if this client is already here)
                   restore: add the backup's clients as new ones, marked “(restored)”
  --merge          import: merge into the existing client (newer items win, yours on a tie;
                   a client in the trash is restored from it first)
  --dry-run        import, restore: print what would change, change nothing
  --once           sync: one pass, then exit (prints what moved and any conflicts)
  --server URL     sync, share: the CouchDB server (default: the one in Settings ▸ Sync);
                   https:// required except on this computer (localhost)
  -h, --help       Show this help
  -v, --version    Show the version

Environment:
  CAIRN_SYNC_USER, CAIRN_SYNC_PASSWORD   sync, share: your CouchDB user name and password

Exit codes: 0 success, 1 bad input (e.g. an unusable data folder, a sync that could not
finish: server unreachable, wrong password, no access), 2 wrong usage.
`;
