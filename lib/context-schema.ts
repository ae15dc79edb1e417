import * as z from "zod";
import { CONTEXTS } from "./contexts";

/**
 * A context as content and shipped data write it. Apart from lib/contexts.ts, which the browser's search
 * engine imports and which must not bring zod's code with it.
 */
export const contextSchema = z.enum(CONTEXTS);
