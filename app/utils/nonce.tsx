// The per-response CSP nonce, handed from the server entry to the scripts Remix renders.
import { createContext, useContext } from "react";

const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
