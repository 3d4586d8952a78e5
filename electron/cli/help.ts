export const HELP_TEXT = `Usage: cairn <command> [options]

Commands:
  list          List the active clients (name, industry, stakeholders, last update)
  demo          Create the demo client "Nordlicht Outdoor GmbH"
  export CLIENT Write a client's deliverable (CLIENT: its id or exact name)

Options:
  --data-dir DIR   Use this data folder (default: $CAIRN_DATA_DIR, else Cairn's user-data folder)
  --json           list: print the client summaries as JSON
  --all            list: include archived clients and the trash
  --format F       export: xlsx (workbook) or pdf (report)
  --out FILE       export: the file to write
  --engagement E   export: only this engagement (id or exact title; default: all)
  --sections a,b   export: only these sheets or report sections, in the usual order
  -h, --help       Show this help
  -v, --version    Show the version

Exit codes: 0 success, 1 bad input (e.g. an unusable data folder), 2 wrong usage.
`;
