export const HELP_TEXT = `Usage: cairn <command> [options]

Commands:
  list          List the active clients (name, industry, stakeholders, last update)
  demo          Create the demo client "Nordlicht Outdoor GmbH"

Options:
  --data-dir DIR   Use this data folder (default: $CAIRN_DATA_DIR, else Cairn's user-data folder)
  --json           list: print the client summaries as JSON
  --all            list: include archived clients and the trash
  -h, --help       Show this help
  -v, --version    Show the version

Exit codes: 0 success, 1 bad input (e.g. an unusable data folder), 2 wrong usage.
`;
