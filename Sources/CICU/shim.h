// System ICU (libicu-dev). Only the ICUShim C target includes this module;
// no Swift file may import it (ICU's types clash with Foundation's copy).
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
