package org.onedoor.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.platform.problems.entity.PayloadTooLargeException;

/**
 * Caps every request body, so no caller can make a module read an arbitrary amount into memory: a
 * declared length over the limit is refused before a byte is read (413), and a body without one is
 * cut off when it passes the limit while being read. Runs after authorization: a stranger learns
 * nothing, not even the limit.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RequestBodyLimit implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    @ConfigProperty(name = "onedoor.http.max-body-bytes", defaultValue = "1048576")
    long defaultLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private long limitOf(Method method) {
        MaxBodySize declared = method == null ? null : method.getAnnotation(MaxBodySize.class);
        return declared == null ? defaultLimit : declared.value();
    }

    static PayloadTooLargeException tooLarge(long limit) {
        return new PayloadTooLargeException("request.too-large", Math.max(1, limit / 1024));
    }

    /** Reads at most {@code limit} bytes, then refuses with 413. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
