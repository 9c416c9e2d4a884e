#ifndef TEI_CONVERT_CLIBXML_SHIM_H
#define TEI_CONVERT_CLIBXML_SHIM_H

// Debian builds libxml2 with ICU; ICU's headers clash with Foundation's ("'UErrorCode' has different
// definitions"). Read the version header first and pretend ICU is off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlmemory.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/schematron.h>
#include <libxml/valid.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/catalog.h>

/// `xmlFree` is a mutable C global: not callable from Swift 6.
static inline void tei_xmlFree(void *pointer) { xmlFree(pointer); }

/// The structured error callback's parameter lost its `const` in some versions; one signature for Swift.
typedef void (*tei_structured_error_fn)(void *context, const xmlError *error);

/// Sets this thread's structured error handler (libxml2 keeps it per thread). NULL restores the default.
static inline void tei_setThreadErrorHandler(void *context, tei_structured_error_fn handler) {
    xmlSetStructuredErrorFunc(context, (xmlStructuredErrorFunc)handler);
}

static inline void tei_setRelaxNGParserErrors(xmlRelaxNGParserCtxtPtr parser, void *context, tei_structured_error_fn handler) {
    xmlRelaxNGSetParserStructuredErrors(parser, (xmlStructuredErrorFunc)handler, context);
}

static inline void tei_setRelaxNGValidErrors(xmlRelaxNGValidCtxtPtr validator, void *context, tei_structured_error_fn handler) {
    xmlRelaxNGSetValidStructuredErrors(validator, (xmlStructuredErrorFunc)handler, context);
}

static inline void tei_setSchemaParserErrors(xmlSchemaParserCtxtPtr parser, void *context, tei_structured_error_fn handler) {
    xmlSchemaSetParserStructuredErrors(parser, (xmlStructuredErrorFunc)handler, context);
}

static inline void tei_setSchemaValidErrors(xmlSchemaValidCtxtPtr validator, void *context, tei_structured_error_fn handler) {
    xmlSchemaSetValidStructuredErrors(validator, (xmlStructuredErrorFunc)handler, context);
}

static inline void tei_setSchematronValidErrors(xmlSchematronValidCtxtPtr validator, void *context, tei_structured_error_fn handler) {
    xmlSchematronSetValidStructuredErrors(validator, (xmlStructuredErrorFunc)handler, context);
}

/// Refuses every network URL when libxml2 loads an entity, a DTD or a schema part; local files load as usual.
static inline void tei_refuseNetworkLoads(void) {
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
}

#endif
