#ifndef TEI_CONVERT_CFUZZERDRIVER_H
#define TEI_CONVERT_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 11 and later): parses libFuzzer's flags from argc/argv and
/// runs `callback` on each input. SwiftPM renames an executable's entry point (`main=<Target>_main`), so
/// the harnesses call the driver from that entry point instead of linking libFuzzer's own `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
