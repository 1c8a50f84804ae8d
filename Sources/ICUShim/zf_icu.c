#include "zf_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
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

int32_t zf_detect_charset(const char *bytes, int32_t length,
                          char *name, int32_t name_capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return -1;
    }
    ucsdet_setText(detector, bytes, length, &code);
    const UCharsetMatch *match = U_SUCCESS(code) ? ucsdet_detect(detector, &code) : NULL;
    int32_t confidence = -1;
    if (U_SUCCESS(code) && match != NULL) {
        const char *found = ucsdet_getName(match, &code);
        confidence = ucsdet_getConfidence(match, &code);
        if (U_SUCCESS(code) && found != NULL && name_capacity > 0) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = '\0';
        }
    } else if (U_SUCCESS(code)) {
        code = U_INVALID_CHAR_FOUND;
    }
    ucsdet_close(detector);
    *status = (int32_t)code;
    return U_SUCCESS(code) ? confidence : -1;
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

const char *zf_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
