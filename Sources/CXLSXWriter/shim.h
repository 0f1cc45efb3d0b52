#ifndef DXCERT_CXLSXWRITER_SHIM_H
#define DXCERT_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
