from hsg_desk.cli import main

raise SystemExit(main())
