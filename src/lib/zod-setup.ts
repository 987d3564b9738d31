/**
 * Zod without its JIT: to decide whether it may compile fast parsers, zod probes
 * `new Function('')`. Our CSP forbids eval, so the browser reports that probe as a CSP
 * violation (securitypolicyviolation) even though zod catches the error. `jitless` skips the
 * probe; parsing works the same. Imported first by every module that defines zod schemas.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
