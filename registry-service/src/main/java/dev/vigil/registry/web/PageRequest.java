package dev.vigil.registry.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which page of a list a client asked for, checked the same way by every list endpoint. */
public record PageRequest(int page, int size) {

    /**
     * The page asked for; what is wrong with it is added to {@code errors}, so an endpoint reports it together with
     * its other parameters' problems.
     */
    public static PageRequest of(int page, @Nullable Integer size, int defaultSize, int maxSize,
            List<FieldError> errors) {
        int pageSize = size == null ? defaultSize : size;
        if (page < 0) {
            errors.add(new FieldError("page", "must not be negative"));
        }
        if (pageSize < 1 || pageSize > maxSize) {
            errors.add(new FieldError("size", "must be between 1 and " + maxSize));
        }
        return new PageRequest(page, pageSize);
    }
}
