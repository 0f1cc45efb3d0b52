#ifndef DXCERT_CLIBXML2_SHIM_H
#define DXCERT_CLIBXML2_SHIM_H
// libxml2's headers pull in ICU, whose types clash with Foundation's own ICU
// ("'UErrorCode' has different definitions in different modules"). Load the version
// header first and switch the ICU part off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
