from frontline.cli import main

raise SystemExit(main())
