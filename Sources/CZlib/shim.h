#ifndef DXCERT_CZLIB_SHIM_H
#define DXCERT_CZLIB_SHIM_H
#include <zlib.h>
#endif
