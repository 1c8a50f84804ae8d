#include "zf_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

struct zf_breaker {
    UBreakIterator *iterator;
};

zf_breaker *zf_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == ZF_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code) || iterator == NULL) {
        if (iterator != NULL) ubrk_close(iterator);
        if (!U_FAILURE(code)) *status = (int32_t)U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    zf_breaker *breaker = (zf_breaker *)malloc(sizeof(zf_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void zf_breaker_close(zf_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t zf_breaker_boundaries(zf_breaker *breaker,
                              const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses,
                              int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    if (capacity < length + 1) {
        *status = (int32_t)U_BUFFER_OVERFLOW_ERROR;
        return -1;
    }
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return -1;
    }
    int32_t count = 0;
    int32_t position = ubrk_first(breaker->iterator);
    while (position != UBRK_DONE && count < capacity) {
        boundaries[count] = position;
        if (statuses != NULL) statuses[count] = count == 0 ? 0 : ubrk_getRuleStatus(breaker->iterator);
        count++;
        position = ubrk_next(breaker->iterator);
    }
    // Detach the iterator from the caller's buffer.
    UErrorCode ignored = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, NULL, 0, &ignored);
    *status = (int32_t)U_ZERO_ERROR;
    return count;
}

int32_t zf_convert_to_utf16(const char *charset,
                            const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity,
                            int32_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    *error_offset = -1;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return -1;
    }
    // Fail on the first undecodable sequence instead of substituting U+FFFD.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    if (U_FAILURE(code)) {
        ucnv_close(converter);
        *status = (int32_t)code;
        return -1;
    }
    UChar *target = (UChar *)out;
    UChar *target_limit = (UChar *)out + capacity;
    const char *source = bytes;
    const char *source_limit = bytes + length;
    ucnv_toUnicode(converter, &target, target_limit, &source, source_limit, NULL, 1, &code);
    int32_t written = (int32_t)(target - (UChar *)out);
    if (code == U_BUFFER_OVERFLOW_ERROR) {
        // Ask for the size: count the rest without writing.
        UChar scratch[1024];
        while (code == U_BUFFER_OVERFLOW_ERROR) {
            code = U_ZERO_ERROR;
            UChar *t = scratch;
            ucnv_toUnicode(converter, &t, scratch + 1024, &source, source_limit, NULL, 1, &code);
            written += (int32_t)(t - scratch);
        }
        if (U_SUCCESS(code)) code = U_BUFFER_OVERFLOW_ERROR;
    }
    if (U_FAILURE(code) && code != U_BUFFER_OVERFLOW_ERROR) {
        char bad[32];
        int8_t bad_length = (int8_t)sizeof(bad);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, bad, &bad_length, &ignored);
        *error_offset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? bad_length : 0);
    }
    ucnv_close(converter);
    *status = (int32_t)code;
    return written;
}

int32_t zf_convert_to_utf8(const char *charset,
                           const char *bytes, int32_t length,
                           char *out, int32_t capacity,
                           int32_t *error_offset, int32_t *status) {
    // Every supported charset yields at most one UTF-16 unit per input byte;
    // the retry below covers any other.
    int32_t units_capacity = length + 16;
    uint16_t *units = (uint16_t *)malloc(sizeof(uint16_t) * (size_t)units_capacity);
    if (units == NULL) {
        *error_offset = -1;
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return -1;
    }
    int32_t units_length = zf_convert_to_utf16(charset, bytes, length, units, units_capacity, error_offset, status);
    if (*status == (int32_t)U_BUFFER_OVERFLOW_ERROR && units_length > units_capacity) {
        free(units);
        units_capacity = units_length + 16;
        units = (uint16_t *)malloc(sizeof(uint16_t) * (size_t)units_capacity);
        if (units == NULL) {
            *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
            return -1;
        }
        units_length = zf_convert_to_utf16(charset, bytes, length, units, units_capacity, error_offset, status);
    }
    if (U_FAILURE((UErrorCode)*status)) {
        free(units);
        return -1;
    }
    UErrorCode code = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(out, capacity, &needed, (const UChar *)units, units_length, &code);
    free(units);
    if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = (int32_t)code;
    return needed;
}

int32_t zf_detect_charsets(const char *bytes, int32_t length,
                           char *names, int32_t name_stride,
                           int32_t *confidences, int32_t capacity,
                           int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return -1;
    }
    ucsdet_setText(detector, bytes, length, &code);
    int32_t found = 0;
    const UCharsetMatch **matches = U_SUCCESS(code) ? ucsdet_detectAll(detector, &found, &code) : NULL;
    int32_t written = 0;
    if (U_SUCCESS(code) && matches != NULL) {
        for (int32_t i = 0; i < found && written < capacity; i++) {
            UErrorCode one = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &one);
            int32_t confidence = ucsdet_getConfidence(matches[i], &one);
            if (U_FAILURE(one) || name == NULL) continue;
            char *slot = names + (size_t)written * (size_t)name_stride;
            if (name_stride > 0) {
                strncpy(slot, name, (size_t)name_stride - 1);
                slot[name_stride - 1] = '\0';
            }
            confidences[written] = confidence;
            written++;
        }
    }
    ucsdet_close(detector);
    // No match at all is not a failure here: the caller falls back.
    if (code == U_INVALID_CHAR_FOUND) code = U_ZERO_ERROR;
    *status = (int32_t)code;
    return U_SUCCESS(code) ? written : -1;
}

int32_t zf_convert_from_utf16(const char *charset,
                              const uint16_t *text, int32_t length,
                              char *out, int32_t capacity,
                              int32_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    *error_offset = -1;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return -1;
    }
    // Fail on the first unmappable character instead of writing a substitute.
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
    if (U_FAILURE(code)) {
        ucnv_close(converter);
        *status = (int32_t)code;
        return -1;
    }
    char *target = out;
    char *target_limit = out + capacity;
    const UChar *source = (const UChar *)text;
    const UChar *source_limit = (const UChar *)text + length;
    ucnv_fromUnicode(converter, &target, target_limit, &source, source_limit, NULL, 1, &code);
    int32_t written = (int32_t)(target - out);
    if (code == U_BUFFER_OVERFLOW_ERROR) {
        char scratch[1024];
        while (code == U_BUFFER_OVERFLOW_ERROR) {
            code = U_ZERO_ERROR;
            char *t = scratch;
            ucnv_fromUnicode(converter, &t, scratch + sizeof(scratch), &source, source_limit, NULL, 1, &code);
            written += (int32_t)(t - scratch);
        }
        if (U_SUCCESS(code)) code = U_BUFFER_OVERFLOW_ERROR;
    }
    if (U_FAILURE(code) && code != U_BUFFER_OVERFLOW_ERROR) {
        UChar bad[8];
        int8_t bad_length = (int8_t)(sizeof(bad) / sizeof(bad[0]));
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidUChars(converter, bad, &bad_length, &ignored);
        *error_offset = (int32_t)(source - (const UChar *)text) - (U_SUCCESS(ignored) ? bad_length : 0);
    }
    ucnv_close(converter);
    *status = (int32_t)code;
    return written;
}

int32_t zf_charset_canonical_name(const char *charset, char *name,
                                  int32_t name_capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code) || converter == NULL) {
        if (converter != NULL) ucnv_close(converter);
        *status = U_FAILURE(code) ? (int32_t)code : (int32_t)U_INTERNAL_PROGRAM_ERROR;
        return -1;
    }
    const char *canonical = ucnv_getName(converter, &code);
    if (U_SUCCESS(code) && canonical != NULL && name_capacity > 0) {
        strncpy(name, canonical, (size_t)name_capacity - 1);
        name[name_capacity - 1] = '\0';
    }
    ucnv_close(converter);
    *status = U_SUCCESS(code) ? (int32_t)U_ZERO_ERROR : (int32_t)code;
    return U_SUCCESS(code) ? 0 : -1;
}

const char *zf_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
