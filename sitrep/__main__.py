from sitrep.cli import main

raise SystemExit(main())
