from sitrep import heap
from sitrep.cli import main

code = main()
heap.freeze_loaded()  # no collection over all objects as the interpreter exits
heap.exit_process(code)  # without the interpreter's teardown (sitrep.heap)
