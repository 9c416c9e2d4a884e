#ifndef TEI_CONVERT_CLIBXML_SHIM_H
#define TEI_CONVERT_CLIBXML_SHIM_H

// Debian builds libxml2 with ICU; ICU's headers clash with Foundation's ("'UErrorCode' has different
// definitions"). Read the version header first and pretend ICU is off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>
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

/// libxml2 2.9 enters every `xml:id` into the document's ID table, a hash that stops growing at 16,384
/// buckets and interns each value in the document's dictionary, which also stops growing: parsing a
/// document with two million `xml:id`s took four minutes. This start-of-document handler gives the new
/// document an ID table sized for the input (one bucket per 64 bytes, at most 4 Mi) and without the
/// dictionary, before the first ID arrives: the same table, used the same way, in linear time.
static inline void tei_sizeIDTable(xmlDocPtr document, long length) {
    if (document == NULL || document->ids != NULL) return;
    long size = length / 64;
    if (size < 256) size = 256;
    if (size > (1L << 22)) size = 1L << 22;
    document->ids = xmlHashCreate((int)size);
}

static inline void tei_startDocumentWithSizedIDTable(void *context) {
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    xmlSAX2StartDocument(context);
    if (parser == NULL || parser->input == NULL) return;
    long length = parser->input->end != NULL && parser->input->base != NULL ? (long)(parser->input->end - parser->input->base) : 0;
    tei_sizeIDTable(parser->myDoc, length);
}

/// Makes `parser` give each document it builds a sized ID table (see `tei_startDocumentWithSizedIDTable`).
static inline void tei_useSizedIDTable(xmlParserCtxtPtr parser) {
    if (parser != NULL && parser->sax != NULL) parser->sax->startDocument = tei_startDocumentWithSizedIDTable;
}

#endif
