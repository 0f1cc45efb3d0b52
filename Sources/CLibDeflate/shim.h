#ifndef DXCERT_CLIBDEFLATE_SHIM_H
#define DXCERT_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
