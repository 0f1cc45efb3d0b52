// libFuzzer's entry for programs that have their own main (LLVM 11+, in libclang_rt.fuzzer).
// SwiftPM gives every executable target its own renamed main, so the fuzz targets call this
// instead of relying on libFuzzer's main.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
