// Generated from the server OpenAPI document by `npm run api:generate`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database is reachable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        /** @description Code from the authenticator app, when two-factor is on */
                        totp?: string;
                        /** @description A single-use recovery code instead of the TOTP code */
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their memberships */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own name or language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        locale?: "da" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password; ends the other sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two-factor status of the signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totpEnabled: boolean;
                            required: boolean;
                            recoveryCodesLeft: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment: a secret and a QR code for the authenticator app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUri: string;
                            qrSvg: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with the first code; returns ten single-use recovery codes, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn TOTP off (password and a current code or recovery code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        totp?: string;
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/members/{memberId}/mfa-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a member’s two-factor (lost phone); they enrol again at next sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations the user can see (the tree of the switcher) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organisation"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation under a parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        parentId: string;
                        /** @enum {string} */
                        kind: "group" | "organisation" | "unit";
                        name: string;
                        cvr?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, change CVR or move under another parent */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        cvr?: string | null;
                        /** Format: uuid */
                        parentId?: string;
                        requireMfa?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of an organisation and their roles (sort: name, -name, email, -email) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Give a user a role here; an unknown e-mail creates the user with a one-time password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                        includeSubtree?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: components["schemas"]["Member"];
                            oneTimePassword: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role from a user */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a role or whether it covers the subtree */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        role?: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                        includeSubtree?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of the organisation, newest first (from/to are Danish calendar days) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    action?: string;
                    entityType?: string;
                    actorId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/audit-events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log export as CSV (same filters) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    entityType?: string;
                    actorId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (UTF-8 with BOM) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Files of the organisation, newest first; with entityType + entityId, the files of one record */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entityType?: string;
                    entityId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StoredFile"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a file (multipart/form-data: `file`, optional `entityType` + `entityId` to link it to a record)
         * @description The content type is detected from the bytes and must be on the allow list (PDF, PNG, JPEG, GIF, DOCX, XLSX, PPTX, ODT, ODS, UTF-8 text and CSV) and match the file name extension.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredFile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/files/{fileId}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metadata of a file and the records it is linked to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredFile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file (always as an attachment) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a file, its links and its bytes (the audit log keeps name, size and sha256) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/files/{fileId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a file to a record of the same organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entityType: string;
                        entityId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoredFile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/files/{fileId}/links/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the link between a file and a record (the file stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                    entityType: string;
                    entityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My personal API tokens (never the token text) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; the token is shown in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: date
                         * @description Last Danish calendar day the token works
                         */
                        expiresOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            apiToken: components["schemas"]["ApiToken"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token; it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs, newest first (filter by status and type); instance admins */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "queued" | "running" | "done" | "dead";
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a dead job back in the queue with fresh attempts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mails Skjold has sent or, without SMTP_URL, stored; newest first; instance admins */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "stored" | "sent";
                    template?: "test_mail" | "task_reminder" | "task_overdue" | "document_acknowledgement" | "audit_chain_head" | "incident_dpo_escalation" | "incident_deadline_overdue" | "vulnerability_report_received";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/test-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a test mail to your own address, to check the mail setup */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/login-locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-in locks in force (accounts and client addresses); instance admins */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LoginLock"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/login-locks/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear a sign-in lock */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My tasks: assigned to me or to a role I hold, across my organisations (sort: due, -due) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    /** @description Comma-separated: open,in_progress,done,cancelled */
                    status?: string;
                    overdue?: "true" | "false";
                    assigneeUserId?: string;
                    source?: string;
                    entityType?: string;
                    entityId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s tasks with filters (sort: due, -due) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    /** @description Comma-separated: open,in_progress,done,cancelled */
                    status?: string;
                    overdue?: "true" | "false";
                    assigneeUserId?: string;
                    source?: string;
                    entityType?: string;
                    entityId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        assigneeUserId?: string | null;
                        assigneeRole?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
                        /** Format: date */
                        dueDate: string;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high";
                        entityType?: string | null;
                        entityId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a task */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a task; the assignee may change its status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "cancelled";
                        title?: string;
                        description?: string | null;
                        assigneeUserId?: string | null;
                        assigneeRole?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
                        /** Format: date */
                        dueDate?: string;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high";
                        entityType?: string | null;
                        entityId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The asset register with filters (sort: name, -name, criticality, -criticality) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    /** @description Comma-separated kinds */
                    kind?: string;
                    ownerUserId?: string;
                    minCriticality?: number;
                    clinicalCritical?: "true" | "false";
                    legacy?: "true" | "false";
                    personalData?: "true" | "false";
                    healthData?: "true" | "false";
                    /** @description Add the descendants the actor may read */
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Register an asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "system" | "process" | "information" | "device" | "service" | "location";
                        description?: string | null;
                        ownerUserId?: string | null;
                        criticality: number;
                        confidentiality: number;
                        integrity: number;
                        availability: number;
                        personalData?: boolean;
                        healthData?: boolean;
                        legacy?: boolean;
                        endOfSupport?: string | null;
                        supplier?: string | null;
                        hosting?: ("on_premises" | "shared_operations" | "supplier_hosted" | "cloud" | "none") | null;
                        clinicalCritical?: boolean;
                        /** @description Assets this one depends on (replaces the list) */
                        dependsOnIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dependency graph (nodes + edges): the whole register, or around one asset */
        get: {
            parameters: {
                query?: {
                    assetId?: string;
                    depth?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetGraph"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/critical-processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Critical clinical processes by rank, with the assets and suppliers each depends on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CriticalProcessOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/critical-processes/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rank the critical clinical processes: every one of them, most critical first */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assetIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CriticalProcessOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/critical-processes.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly overview of critical processes, systems and supply chains (XLSX) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The asset register as XLSX, in the columns the import reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview an import of a CSV or XLSX file uploaded through /files: what each row would do, every error
         * @description Rows are matched to existing assets by name. Columns (Danish or English headers): Navn, Type, Beskrivelse, Ejer (e-mail), Kritikalitet, Fortrolighed, Integritet, Tilgængelighed (1-4), Personoplysninger, Helbredsoplysninger, Legacy (ja/nej), Support ophører (date), Leverandør, Drift, Kritisk klinisk proces (ja/nej), Rang, Afhænger af (names separated by ;).
         */
        get: {
            parameters: {
                query: {
                    /** @description A CSV or XLSX file uploaded through /files */
                    fileId: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetImportPreview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the file: every row or none (400 naming each bad row and column) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description A CSV or XLSX file uploaded through /files
                         */
                        fileId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetImportResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One asset with its direct dependencies and dependents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an asset with its dependencies and its links to risk scenarios */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an asset (dependsOnIds replaces the dependency list) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "system" | "process" | "information" | "device" | "service" | "location";
                        description?: string | null;
                        ownerUserId?: string | null;
                        criticality?: number;
                        confidentiality?: number;
                        integrity?: number;
                        availability?: number;
                        personalData?: boolean;
                        healthData?: boolean;
                        legacy?: boolean;
                        endOfSupport?: string | null;
                        supplier?: string | null;
                        hosting?: ("on_premises" | "shared_operations" | "supplier_hosted" | "cloud" | "none") | null;
                        clinicalCritical?: boolean;
                        /** @description Assets this one depends on (replaces the list) */
                        dependsOnIds?: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/{assetId}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What breaks if this asset fails: every dependent, nearest first, and the critical processes hit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetImpact"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/{assetId}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add one dependency: this asset depends on another (cycles are refused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        dependsOnId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/assets/{assetId}/dependencies/{dependsOnId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one dependency */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assetId: string;
                    dependsOnId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risk-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s risk matrix (the default 5×5 until changed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskMatrix"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change the matrix and re-score every risk of the organisation in the same transaction
         * @description Changing the number of likelihood or consequence levels requires likelihoodMapping / consequenceMapping from every old level to a new one; without it the change is refused (400 risk_matrix_mapping_required, one field per missing level).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version read (0 for the default matrix) */
                        version: number;
                        likelihoodLevels: {
                            level: number;
                            label: string;
                            description?: string | null;
                        }[];
                        consequenceLevels: {
                            level: number;
                            label: string;
                            description?: string | null;
                        }[];
                        bands: {
                            /** @description The highest score in the band */
                            maxScore: number;
                            label: string;
                            colour: string;
                        }[];
                        tolerance: number;
                        /** @description Old level -> new level, for every old level; required when the number of levels changes */
                        likelihoodMapping?: {
                            [key: string]: number;
                        };
                        /** @description Old level -> new level, for every old level; required when the number of levels changes */
                        consequenceMapping?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matrix: components["schemas"]["RiskMatrix"];
                            rescored: {
                                risks: number;
                                /** @description Risks moved to new levels through the mappings */
                                scoresChanged: number;
                                /** @description Risks now in another band */
                                levelsChanged: number;
                                /** @description Risks that crossed the tolerance either way */
                                toleranceCrossed: number;
                                /** @description Security-officer acceptances of risks now above the tolerance */
                                acceptancesLapsed: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/threats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The threat catalogue (Danish and English) with the threats this organisation and its ancestors added */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    category?: "malicious" | "insider" | "supplier" | "human_error" | "technical" | "physical" | "environmental";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Threat"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a threat of the organisation’s own (it applies to its descendants too) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        /** @enum {string} */
                        category: "malicious" | "insider" | "supplier" | "human_error" | "technical" | "physical" | "environmental";
                        affects?: {
                            confidentiality?: boolean;
                            integrity?: boolean;
                            availability?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Threat"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/threats/{threatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of the organisation’s own threats (refused while risk scenarios name it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    threatId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change one of the organisation’s own threats (catalogue threats are read-only) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    threatId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string | null;
                        /** @enum {string} */
                        category?: "malicious" | "insider" | "supplier" | "human_error" | "technical" | "physical" | "environmental";
                        affects?: {
                            confidentiality?: boolean;
                            integrity?: boolean;
                            availability?: boolean;
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Threat"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treatment actions of a risk (owner, due date and status from their tasks) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RiskAction"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a treatment action; it becomes a task in its owner’s "my tasks" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        /** @description Without an owner the security officers get the task */
                        ownerUserId?: string | null;
                        /** Format: date */
                        dueDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a treatment action (its task is cancelled) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a treatment action (and its task) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string | null;
                        /** @description Without an owner the security officers get the task */
                        ownerUserId?: string | null;
                        /** Format: date */
                        dueDate?: string;
                        version: number;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/acceptances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every acceptance of the risk, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RiskAcceptance"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the risk at its current score (management above the tolerance; never the risk owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                        /**
                         * Format: date
                         * @description Default: a year from today; at most three years
                         */
                        expiresOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/acceptance/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the acceptance in force before it expires; the risk is open again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risk-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly risk assessments, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RiskAssessment"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Freeze the register as the dated, immutable risk assessment; management is asked to approve it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /**
                         * Format: date
                         * @description Default: today
                         */
                        assessmentDate?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAssessment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risk-assessments/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two assessments side by side: new, closed and moved risks with from/to scores */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAssessmentComparison"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risk-assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment with every risk as it was frozen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAssessmentDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risk-assessments/{assessmentId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Management approves or rejects the assessment (never the person who froze it; once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        /** @description Required when rejecting */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskAssessment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk register with filters (sort: score, inherentScore, title, reviewDate; "-" for descending; default -score) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    /** @description Comma-separated: draft,open,accepted,closed */
                    status?: string;
                    ownerUserId?: string;
                    assetId?: string;
                    threatId?: string;
                    treatment?: string;
                    /** @description The score that counts (residual once assessed), inclusive */
                    scoreMin?: number;
                    scoreMax?: number;
                    /** @description Open or accepted risks whose review date has passed */
                    reviewOverdue?: "true" | "false";
                    /** @description Add the descendants the actor may read */
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Risk"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a risk scenario (scores follow the organisation’s matrix) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        ownerUserId?: string | null;
                        /** @description Catalogue keys or own threat ids */
                        threatIds?: string[];
                        assetIds?: string[];
                        likelihood: number;
                        consequenceOrganisation?: number | null;
                        consequencePatientSafety?: number | null;
                        consequenceDataSubject?: number | null;
                        existingControls?: string | null;
                        plannedControls?: string | null;
                        residualLikelihood?: number | null;
                        residualConsequenceOrganisation?: number | null;
                        residualConsequencePatientSafety?: number | null;
                        residualConsequenceDataSubject?: number | null;
                        treatment?: ("reduce" | "accept" | "avoid" | "transfer") | null;
                        treatmentNote?: string | null;
                        /**
                         * Format: date
                         * @description Default: a year from today
                         */
                        reviewDate?: string;
                        /**
                         * @description Contributors always create drafts
                         * @enum {string}
                         */
                        status?: "draft" | "open";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard numbers of the register: by status and level, above tolerance, reviews, acceptances, actions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/heat-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inherent and residual heat maps: risk counts per matrix cell, with labels and colours */
        get: {
            parameters: {
                query?: {
                    /** @description Default: open,accepted */
                    status?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskHeatMap"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/treatment-plan.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk treatment plan as XLSX (risks and actions) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/treatment-plan.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk treatment plan as an A4 PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One risk scenario */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft (a risk that was in the register is closed instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a risk (threatIds and assetIds replace their lists; status: open, closed) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string | null;
                        ownerUserId?: string | null;
                        /** @description Catalogue keys or own threat ids */
                        threatIds?: string[];
                        assetIds?: string[];
                        likelihood?: number;
                        consequenceOrganisation?: number | null;
                        consequencePatientSafety?: number | null;
                        consequenceDataSubject?: number | null;
                        existingControls?: string | null;
                        plannedControls?: string | null;
                        residualLikelihood?: number | null;
                        residualConsequenceOrganisation?: number | null;
                        residualConsequencePatientSafety?: number | null;
                        residualConsequenceDataSubject?: number | null;
                        treatment?: ("reduce" | "accept" | "avoid" | "transfer") | null;
                        treatmentNote?: string | null;
                        /**
                         * Format: date
                         * @description Default: a year from today
                         */
                        reviewDate?: string;
                        version: number;
                        /** @enum {string} */
                        status?: "draft" | "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/risks/{riskId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a review of the risk and set the next review date (default: a year ahead) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        note?: string | null;
                        /** Format: date */
                        nextReviewDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Risk"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Policies and documents of the organisation (sort: title, -title, nextReview, -nextReview) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    kind?: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                    classification?: "public" | "internal" | "confidential";
                    /** @description due: next review within 30 days or passed; overdue: passed */
                    reviewStatus?: "due" | "overdue";
                    archived?: "true" | "false";
                    isTemplate?: "true" | "false";
                    ownerUserId?: string;
                    /** @description Add the documents of the descendants I may read */
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Document"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a document with its first draft (rich text, or a PDF/DOCX file as the body) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                        title: string;
                        description?: string | null;
                        ownerUserId?: string | null;
                        /** @enum {string} */
                        classification?: "public" | "internal" | "confidential";
                        audience?: {
                            wholeOrganisation: boolean;
                            /** @default [] */
                            unitIds?: string[];
                            /** @default [] */
                            roles?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee")[];
                        };
                        reviewIntervalMonths?: number;
                        /** @description A template for the member organisations (groups only) */
                        isTemplate?: boolean;
                        /** @description Editor HTML; stored sanitised */
                        bodyHtml?: string;
                        /** @description An uploaded PDF or DOCX file as the body */
                        bodyFileId?: string | null;
                        changeSummary?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document; staff in its audience see the published version only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a document that never had an approved version (others are archived) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the settings of a document (its text changes through a new draft version) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        description?: string | null;
                        ownerUserId?: string | null;
                        /** @enum {string} */
                        classification?: "public" | "internal" | "confidential";
                        audience?: {
                            wholeOrganisation: boolean;
                            /** @default [] */
                            unitIds?: string[];
                            /** @default [] */
                            roles?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee")[];
                        };
                        reviewIntervalMonths?: number;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/document-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starter templates (Skjold's, in Danish and English) and the published templates of groups above */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentTemplates"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a document whose first draft copies a starter template (catalogKey) or adopts a group template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        catalogKey?: "information_security_policy" | "it_hygiene_rules" | "incident_procedure" | "contingency_plan";
                        /** Format: uuid */
                        templateDocumentId?: string;
                        /**
                         * @description Language of a starter template (default da)
                         * @enum {string}
                         */
                        locale?: "da" | "en";
                        title?: string;
                        ownerUserId?: string | null;
                        /** @enum {string} */
                        classification?: "public" | "internal" | "confidential";
                        audience?: {
                            wholeOrganisation: boolean;
                            /** @default [] */
                            unitIds?: string[];
                            /** @default [] */
                            roles?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For a group template: the member organisations that adopted it and how far they deviate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TemplateAdoption"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/adoptions/{adoptedDocumentId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deviation of a member's adopted document from the template version it adopted (or the current one) */
        get: {
            parameters: {
                query?: {
                    against?: "adopted" | "current";
                };
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    adoptedDocumentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDiff"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of a document, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentVersionListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** New draft copied from the latest version (or fromVersionId): how an approved text is changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        fromVersionId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version with its body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Discard a draft (not the only version: delete the document instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a draft; approved versions are immutable (409 document_version_locked) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Editor HTML; stored sanitised */
                        bodyHtml?: string;
                        /** @description A PDF or DOCX file as the body; null for rich text */
                        bodyFileId?: string | null;
                        changeSummary?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft for approval; the approvers get a task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a version in review back to draft with a comment (approver, or the author withdrawing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a version in review: management for kind policy, management or security officer otherwise; never an author */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /**
                         * Format: date
                         * @description Date of the decision (default today); starts the review clock
                         */
                        approvedOn?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved version to its audience; the previous one is superseded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Default true; false keeps earlier acknowledgements valid (small corrections) */
                        requiresAcknowledgement?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: components["schemas"]["DocumentVersion"];
                            supersededVersionIds: string[];
                            document: components["schemas"]["Document"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the PDF or DOCX that is the body of a version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Side-by-side diff of two versions: paired text blocks with word-level changes */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDiff"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revision table, generated from the history of approvals and reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RevisionRow"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded reviews of a document, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentReview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a review: no_change moves the next review date; changes_needed opens a draft and keeps the date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Default today; not in the future
                         */
                        reviewedOn?: string;
                        /** @enum {string} */
                        outcome: "no_change" | "changes_needed";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: components["schemas"]["DocumentReview"];
                            document: components["schemas"]["Document"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PDF or DOCX of a version (default the published one) with the revision table */
        get: {
            parameters: {
                query: {
                    format: "pdf" | "docx";
                    versionId?: string;
                    /** @description Language of headings and labels (default Accept-Language) */
                    lang?: "da" | "en";
                };
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published documents meant for me across my organisations, with my acknowledgement */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    pending?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MyDocument"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that I have read the published version (I must be in the audience) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentAcknowledgement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgement coverage: in the audience, acknowledged, pending, per unit (owner and readers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentCoverage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/documents/{documentId}/coverage/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who have (status=acknowledged) or have not (status=pending) acknowledged, by name */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: string;
                    status?: "pending" | "acknowledged";
                    unitId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AudiencePerson"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/documents/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document classified public and published, with its revision table (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDocument"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/documents/{publicId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF or DOCX body of a public document (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/annual-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The activities of the årshjul as a list (pre-filled with the defaults on first use; sort: title) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    frequency?: "monthly" | "quarterly" | "half_yearly" | "yearly";
                    responsibleRole?: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                    active?: "true" | "false";
                    /** @description Activities due in this month */
                    month?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AnnualActivity"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a recurring activity; its tasks for the next 60 days are created at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        /** @enum {string} */
                        frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /** @description yearly: one month; quarterly/half-yearly: the first month or all, evenly spaced; monthly: ignored */
                        months?: number[];
                        /** @description Default: the last day of the month */
                        dayOfMonth?: number | null;
                        /** @enum {string} */
                        responsibleRole: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/annual-activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity of the årshjul */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an activity; its upcoming open tasks are cancelled */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an activity; its upcoming open tasks follow */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        description?: string | null;
                        /** @enum {string} */
                        frequency?: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /** @description yearly: one month; quarterly/half-yearly: the first month or all, evenly spaced; monthly: ignored */
                        months?: number[];
                        /** @description Default: the last day of the month */
                        dayOfMonth?: number | null;
                        /** @enum {string} */
                        responsibleRole?: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/annual-cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The årshjul of a year: twelve months of occurrences with their tasks (wheel and month view) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnualCycle"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/ical": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have a calendar feed (the URL itself is shown only when created) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedStatus"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create my secret calendar URL (iCal) with my tasks and the årshjul; replaces an earlier one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcalFeedCreated"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Revoke my calendar URL; it answers 404 from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/ical/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar feed by its secret URL (no sign-in; text/calendar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incident categories, severities, recipients, clocks and their Danish and English labels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents of the organisation (sort: reported, -reported; newest first by default) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    status?: string;
                    severity?: string;
                    category?: string;
                    personalDataBreach?: "true" | "false";
                    /** @description Include the descendants where you read incidents */
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncidentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Report an incident (every member); answers what the reporter may see of it
         * @description Free text holding a Danish CPR number is refused with 400 incident_cpr_found (fields named, the number never echoed) until sent again with acknowledgeCpr: true.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What happened, in one line */
                        title: string;
                        description: string;
                        /** @description When you noticed it; now if left out */
                        discoveredAt?: string | null;
                        occurredAt?: string | null;
                        /** @description Which systems are involved */
                        systems?: string | null;
                        /**
                         * @description Are personal or health data involved?
                         * @enum {string}
                         */
                        personalData: "yes" | "no" | "unknown";
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyIncidentReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/incident-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incidents I reported, with their status (newest first) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MyIncidentReport"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incident-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running legal clocks of the open incidents, due first (dashboard countdowns) */
        get: {
            parameters: {
                query?: {
                    subtree?: "true" | "false";
                    /** @description Clocks awaiting an assessment (default true) */
                    includeProvisional?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            now: string;
                            items: components["schemas"]["RunningIncidentDeadline"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident with its legal clocks and links */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Triage and facts (security officer); classifying a new report starts its handling */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                        title?: string;
                        description?: string;
                        occurredAt?: string | null;
                        discoveredAt?: string | null;
                        systems?: string | null;
                        /** @enum {string} */
                        personalDataSuspected?: "yes" | "no" | "unknown";
                        category?: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
                        severity?: ("low" | "moderate" | "high" | "critical") | null;
                        affectsConfidentiality?: boolean;
                        affectsIntegrity?: boolean;
                        affectsAvailability?: boolean;
                        nis2Significant?: boolean | null;
                        suspectedMalicious?: boolean | null;
                        crossBorder?: boolean | null;
                        indicatorsOfCompromise?: string | null;
                        patientSafetyImpact?: boolean | null;
                        uthReference?: string | null;
                        suspectedCrime?: boolean | null;
                        location?: string | null;
                        detectionMethod?: string | null;
                        cause?: string | null;
                        impactDescription?: string | null;
                        containment?: string | null;
                        mitigation?: string | null;
                        participants?: string | null;
                        recurrence?: string | null;
                        relevantLogs?: string | null;
                        endedAt?: string | null;
                        lessonsLearned?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/breach-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Personal-data breach assessment (security officer or DPO)
         * @description A breach judged unlikely to result in a risk (breachRisk none) must give breachRiskReasoning; it is recorded instead of a notification and stays in the breach log.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                        personalDataBreach?: boolean | null;
                        dataCategories?: ("health" | "cpr" | "identity" | "contact" | "social" | "financial" | "criminal" | "special_other" | "credentials" | "location" | "other")[];
                        dataSubjectCategories?: ("patients" | "relatives" | "citizens" | "children" | "employees" | "other")[];
                        dataSubjectsApprox?: number | null;
                        recordsApprox?: number | null;
                        breachRisk?: ("none" | "risk" | "high_risk") | null;
                        breachRiskReasoning?: string | null;
                        likelyConsequences?: string | null;
                        measuresTaken?: string | null;
                        dpoContact?: string | null;
                        dataSubjectsExemption?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/awareness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct when the organisation became aware (with a reason); every clock moves */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date-time */
                        awareAt: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status: start, resolve, close (lessons learned required), dismiss, reopen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
                        /** @description Required to dismiss and to reopen a closed incident */
                        reason?: string | null;
                        /** @description Required to close, unless already recorded */
                        lessonsLearned?: string | null;
                        /** @description When handling ended; now if left out */
                        resolvedAt?: string | null;
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Timeline: notes, status changes and who did what (sort: at, -at; oldest first) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncidentTimelineEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a note to the timeline (security officer or DPO) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description When it happened, if earlier than now */
                        occurredAt?: string | null;
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentTimelineEntry"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications register of the incident, in the order they were sent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncidentNotification"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a notification that was sent (Datatilsynet and data subjects: officer or DPO)
         * @description One sent after the clock it answers ran out needs delayReason (400 incident_notification_delay_reason_required).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        recipient: "datatilsynet" | "nis2_authority" | "data_subjects" | "police" | "supplier" | "sector_centre";
                        /** @description Datatilsynet: initial, supplement. NIS2: early_warning, notification, progress_report, final_report. */
                        stage?: ("initial" | "supplement" | "early_warning" | "notification" | "progress_report" | "final_report") | null;
                        recipientDetail?: string | null;
                        /** Format: date-time */
                        sentAt: string;
                        /** @description Who sent it; you, if left out */
                        sentByName?: string | null;
                        reference?: string | null;
                        summary?: string | null;
                        /** @description Required when sent after the clock ran out */
                        delayReason?: string | null;
                        /** @description Files of the organisation to attach (what was sent) */
                        fileIds?: string[];
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentNotification"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/notifications/{notificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add the recipient’s reference or correct the summary or delay reason */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                    notificationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reference?: string | null;
                        summary?: string | null;
                        delayReason?: string | null;
                        /** @description Confirms free text that holds a CPR number (after a 400 incident_cpr_found warning) */
                        acknowledgeCpr?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentNotification"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Corrective actions of the incident (tasks; change them through the tasks API) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a corrective action with an owner and a due date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description?: string | null;
                        assigneeUserId?: string | null;
                        assigneeRole?: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
                        /** Format: date */
                        dueDate: string;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a risk, an affected asset or a supplier (by register id when the register has it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "risk" | "asset" | "supplier";
                        targetId?: string | null;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentLink"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                    linkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/report-texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danish texts for Datatilsynet (GDPR art. 33(3)) and each NIS2 stage, missing items flagged */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** Format: date-time */
                            generatedAt: string;
                            texts: components["schemas"]["IncidentReportText"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incidents/{incidentId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident report as PDF (Danish) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/breach-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breach log (GDPR art. 33(5)): every personal-data breach, notified or not, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BreachLogEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/breach-log.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breach log export as XLSX */
        get: {
            parameters: {
                query?: {
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/breach-log.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breach log export as PDF */
        get: {
            parameters: {
                query?: {
                    subtree?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/incident-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregated incident counts for the organisation and everything below it (never details) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentStatistics"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/vulnerability-report-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations that take reports of vulnerabilities (for the public form) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                orgId: string;
                                name: string;
                                kind: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{orgId}/vulnerability-reports/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation a report goes to, for the public form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orgId: string;
                            name: string;
                            kind: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{orgId}/vulnerability-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a vulnerability or a suspected incident to an organisation (no sign-in)
         * @description Rate-limited per client address (429 with Retry-After) and size-limited (413 above the body limit, 400 above 20 000 characters). The text is kept as untrusted plain text with CPR numbers masked. Keep the receipt code to follow up.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One line: what did you find? */
                        summary: string;
                        /** @description How to reproduce it; plain text */
                        description: string;
                        /** @description Address or name of the system */
                        affectedSystem?: string | null;
                        reporterName?: string | null;
                        /** @description Only if you want us to be able to reach you */
                        reporterEmail?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnerabilityReportReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/vulnerability-reports/{receiptCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a report by its receipt code, and nothing more */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receiptCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnerabilityReportStatus"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/vulnerability-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports received from outside, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VulnerabilityReport"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/vulnerability-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report (its text is untrusted: display as plain text) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnerabilityReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/vulnerability-reports/{reportId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept as an incident or reject (with a reason); the receipt code then shows the outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        decision: "accept" | "reject";
                        reason?: string | null;
                        /** @enum {string} */
                        personalData?: "yes" | "no" | "unknown";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnerabilityReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/security.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s security.txt (RFC 9116) to publish at /.well-known/security.txt on its website */
        get: {
            parameters: {
                query?: {
                    /** @description Where you will publish it, e.g. https://www.hospital.dk/.well-known/security.txt */
                    canonical?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The control frameworks Skjold ships (Annex A, NIS2 Art. 21, GDPR Art. 32, clinic nine, Cyberforsvar der virker) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ControlFramework"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-frameworks/{frameworkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework with its requirements (Danish and English) and their mappings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ControlFrameworkDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/control-scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s profile (standard or clinic) and the frameworks in scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ControlScope"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose the profile and the frameworks in scope (a clinic can add Annex A); a new profile without frameworks takes its defaults */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version read; 0 while on the default */
                        version: number;
                        /** @enum {string} */
                        profile?: "standard" | "clinic";
                        frameworks?: ("iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ControlScope"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Statement of Applicability: every requirement of every framework in scope, in catalogue order, with baseline, evidence and risk counts
         * @description Not paged: the statement is complete by design (at most 123 entries). Filters narrow `items`; `summary` always covers the whole statement. A clinic reads its nine recommendations with `?framework=clinic_nine`.
         */
        get: {
            parameters: {
                query?: {
                    framework?: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                    /** @description Comma-separated: not_started,planned,partial,implemented,not_applicable */
                    status?: string;
                    applicable?: "true" | "false";
                    theme?: "organisational" | "people" | "physical" | "technological";
                    ownerUserId?: string;
                    /** @description Number or title, Danish or English */
                    q?: string;
                    /** @description Only entries that deviate from the group baseline */
                    deviations?: "true" | "false";
                    justificationMissing?: "true" | "false";
                    /** @description Only applicable entries with no valid evidence */
                    withoutValidEvidence?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Soa"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SoA entry with its evidence, the risks it treats and its mappings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoaEntryDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an SoA entry; "not applicable" and any deviation from the group baseline need a justification. The entry’s owner may change status, implementation and target date. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @description null: follow the group baseline again */
                        applicable?: boolean | null;
                        justification?: string | null;
                        /** @enum {string} */
                        status?: "not_started" | "planned" | "partial" | "implemented";
                        implementation?: string | null;
                        ownerUserId?: string | null;
                        targetDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoaEntry"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa/{requirementId}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that this control treats a risk of the organisation’s risk register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        riskId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SoaLinkedRisk"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa/{requirementId}/risks/{riskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the link between a control and a risk */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                    riskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SoA as XLSX: organisation, date and version on it; headings in the Accept-Language language */
        get: {
            parameters: {
                query?: {
                    /** @description Only this framework; default every framework in scope */
                    framework?: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SoA as PDF: organisation, date and version on it; headings in the Accept-Language language */
        get: {
            parameters: {
                query?: {
                    /** @description Only this framework; default every framework in scope */
                    framework?: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa-baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group’s SoA baseline for its member organisations: every requirement of a framework, set or not */
        get: {
            parameters: {
                query?: {
                    framework?: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoaBaseline"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa-baseline/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the group’s baseline for one requirement (version 0 creates it); "not applicable" needs a justification */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        applicable: boolean;
                        /** @default null */
                        expectedStatus?: ("not_started" | "planned" | "partial" | "implemented") | null;
                        /** @default null */
                        justification?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requirementId: string;
                            applicable: boolean;
                            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
                            justification: string | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the baseline for one requirement; members keep their own decisions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/soa-baseline/deviations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the group’s member organisations deviate from its baseline: a summary per member and the deviations, paged */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    framework?: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                    memberId?: string;
                    kind?: "applicability" | "status";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoaDeviationView"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence of the organisation (sort: title, -title, validUntil, -validUntil) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    sort?: string;
                    requirementId?: string;
                    /** @description expiring: valid but running out within 30 days */
                    validity?: "valid" | "expiring" | "expired";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Evidence"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record evidence for one or more requirements: a file (upload it with POST /files first and pass fileId), a link or a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "file" | "link" | "note";
                        /** Format: uuid */
                        fileId?: string;
                        title: string;
                        description?: string | null;
                        url?: string | null;
                        /** @description Last day the evidence is valid; null: no expiry */
                        validUntil?: string | null;
                        /** @description Who renews it; gets the renewal task */
                        ownerUserId?: string | null;
                        requirementIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of evidence with its files and validity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete evidence; its files stay in the organisation’s files */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change evidence (the kind stays; add or remove files through the files API) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        description?: string | null;
                        url?: string | null;
                        /** @description Last day the evidence is valid; null: no expiry */
                        validUntil?: string | null;
                        /** @description Who renews it; gets the renewal task */
                        ownerUserId?: string | null;
                        requirementIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evidence"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage: each framework’s requirements covered, partly or not (with the Annex A controls behind them), controls without valid evidence, risks treated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/coverage/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which risks are treated by which controls, highest score first (treated=false: risks no control treats) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    treated?: "true" | "false";
                    /** @description Comma-separated; default: every status but closed */
                    status?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RiskCoverage"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            error: {
                code: string;
                message: string;
                details?: {
                    fields?: {
                        path: string;
                        code: string;
                        message: string;
                    }[];
                };
            };
        };
        JobInput: {
            id: string;
            type: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "dead";
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            lockedBy: string | null;
            lockedUntil: string | null;
            lastError: string | null;
            dedupeKey: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LoginLockInput: {
            key: string;
            failures: number;
            /** Format: date-time */
            lockedUntil: string;
        };
        OutboxMailInput: {
            id: string;
            jobId: string | null;
            orgId: string | null;
            to: string;
            /** @enum {string} */
            locale: "da" | "en";
            template: string;
            subject: string;
            text: string;
            html: string;
            /**
             * @description stored: no SMTP server configured; sent: handed to SMTP
             * @enum {string}
             */
            status: "stored" | "sent";
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        TaskCanInput: {
            /** @description Change the task’s fields */
            update: boolean;
            delete: boolean;
            /** @description Move the task along, "done" included */
            complete: boolean;
        };
        TaskInput: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            assigneeUserId: string | null;
            assigneeName: string | null;
            assigneeRole: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            /** @enum {string} */
            priority: "low" | "normal" | "high";
            /** @description Open past 00:00 Danish time the day after the due date */
            overdue: boolean;
            entityType: string | null;
            entityId: string | null;
            source: string;
            completedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["TaskCanInput"];
        };
        AnnualActivityCanInput: {
            update: boolean;
            delete: boolean;
        };
        AnnualActivityInput: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
            /** @description Months in which it falls due */
            months: number[];
            /** @description Due day of the month; null for the last day */
            dayOfMonth: number | null;
            /** @enum {string} */
            responsibleRole: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
            /** @description The default activity it was pre-filled from */
            catalogKey: string | null;
            active: boolean;
            /** @description Next occurrence from today (Danish time) */
            nextDueDate: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["AnnualActivityCanInput"];
        };
        AnnualCycleInput: {
            orgId: string;
            year: number;
            months: {
                month: number;
                occurrences: {
                    activityId: string;
                    title: string;
                    /** @enum {string} */
                    frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
                    /** @enum {string} */
                    responsibleRole: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                    /** Format: date */
                    dueDate: string;
                    /** @description YYYY-MM; the task source key is annual:<activityId>:<occurrenceKey> */
                    occurrenceKey: string;
                    /** @description The task of this occurrence once it has been created (up to 60 days ahead) */
                    task: {
                        id: string;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "cancelled";
                        overdue: boolean;
                    } | null;
                }[];
                counts: {
                    total: number;
                    done: number;
                    overdue: number;
                };
            }[];
        };
        AssetRefInput: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            criticality: number;
        };
        AssetInput: {
            id: string;
            orgId: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 critical */
            criticality: number;
            confidentiality: number;
            integrity: number;
            availability: number;
            personalData: boolean;
            /** @description Health data (a special category); implies personal data */
            healthData: boolean;
            legacy: boolean;
            endOfSupport: string | null;
            /** @description The end-of-support date has passed (Danish calendar day) */
            unsupported: boolean;
            supplier: string | null;
            hosting: ("on_premises" | "shared_operations" | "supplier_hosted" | "cloud" | "none") | null;
            /** @description A critical clinical process (kind process only) */
            clinicalCritical: boolean;
            /** @description 1 = the most critical of the critical processes */
            criticalRank: number | null;
            /** @description Direct dependencies: assets this one needs */
            dependsOn: components["schemas"]["AssetRefInput"][];
            /** @description Direct dependents: assets that need this one */
            dependents: components["schemas"]["AssetRefInput"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        AssetGraphNodeInput: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            criticality: number;
            clinicalCritical: boolean;
            criticalRank: number | null;
            legacy: boolean;
            unsupported: boolean;
            personalData: boolean;
            healthData: boolean;
            supplier: string | null;
            ownerName: string | null;
        };
        AssetGraphInput: {
            nodes: components["schemas"]["AssetGraphNodeInput"][];
            edges: {
                /** @description The dependent asset */
                from: string;
                /** @description What it depends on */
                to: string;
            }[];
        };
        AssetImpactInput: {
            asset: components["schemas"]["AssetRefInput"];
            /** @description Everything hit when the asset fails, nearest first */
            dependents: {
                asset: components["schemas"]["AssetGraphNodeInput"];
                /** @description 1 = direct */
                depth: number;
                /** @description The asset it is reached through */
                viaId: string;
            }[];
            /** @description Critical clinical processes among them, by rank */
            criticalProcesses: {
                id: string;
                name: string;
                rank: number | null;
                depth: number;
            }[];
            summary: {
                dependents: number;
                highestCriticality: number | null;
                /** @description Some asset hit holds health data */
                healthData: boolean;
            };
        };
        CriticalProcessOverviewInput: {
            /** Format: date */
            date: string;
            items: {
                rank: number;
                process: components["schemas"]["AssetGraphNodeInput"];
                /** @description Systems, devices, information, services and locations it needs */
                supporting: {
                    asset: components["schemas"]["AssetGraphNodeInput"];
                    /** @description 1 = direct */
                    depth: number;
                    /** @description The asset it is reached through */
                    viaId: string;
                }[];
                /** @description The supply chain: suppliers of the process and what it needs */
                suppliers: string[];
                legacy: number;
                unsupported: number;
                devices: number;
            }[];
        };
        FileLinkInput: {
            entityType: string;
            entityId: string;
            /** Format: date-time */
            createdAt: string;
        };
        StoredFileInput: {
            id: string;
            orgId: string;
            /** @description Original file name, sanitised */
            name: string;
            /** @description Detected from the bytes */
            contentType: string;
            size: number;
            sha256: string;
            uploadedBy: string | null;
            uploadedByName: string | null;
            /** Format: date-time */
            createdAt: string;
            links: components["schemas"]["FileLinkInput"][];
        };
        AssetImportPreviewInput: {
            file: {
                id: string;
                name: string;
                sha256: string;
            };
            columns: {
                field: string;
                header: string;
            }[];
            ignoredHeaders: string[];
            rows: {
                row: number;
                name: string | null;
                action: ("create" | "update") | null;
                valid: boolean;
            }[];
            errors: {
                /** @description Spreadsheet row number (the header is row 1) */
                row: number;
                field: string;
                /** @description The column header as written in the file */
                column: string;
                code: string;
                message: string;
            }[];
            summary: {
                rows: number;
                create: number;
                update: number;
                errors: number;
            };
        };
        AssetImportResultInput: {
            created: number;
            updated: number;
            file: {
                id: string;
                name: string;
                sha256: string;
            };
        };
        AuditEventInput: {
            id: string;
            seq: number;
            /** Format: date-time */
            at: string;
            orgId: string | null;
            actorId: string | null;
            actorName: string;
            action: string;
            entityType: string;
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            hash: string;
        };
        MeInput: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            locale: "da" | "en";
            mustChangePassword: boolean;
            totpEnabled: boolean;
            /** @description An organisation of the user requires two-factor and it is not on yet */
            mfaEnrolmentRequired: boolean;
            /** @description Send as the x-csrf-token header on every cookie-authenticated write */
            csrfToken: string;
            memberships: {
                id: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                orgKind: "sector" | "group" | "organisation" | "unit";
                /** @enum {string} */
                role: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                includeSubtree: boolean;
                /** @description Capabilities of the membership, computed by the server; the web never re-derives them */
                can: {
                    /** @description What the role permits at the organisation */
                    here: ("org.read" | "org.manage" | "members.read" | "members.manage" | "audit.read" | "files.read" | "files.write" | "tasks.read" | "tasks.write" | "assets.read" | "assets.write" | "assets.manage" | "risks.read" | "risks.write" | "risks.manage" | "risks.accept" | "risks.accept_above_tolerance" | "risks.approve_assessment" | "documents.read" | "documents.write" | "documents.approve" | "documents.publish" | "annual_cycle.read" | "annual_cycle.write" | "controls.read" | "controls.write" | "controls.evidence" | "controls.baseline" | "incidents.report" | "incidents.read" | "incidents.manage" | "incidents.breach" | "incidents.stats")[];
                    /** @description What it permits in the organisations below (empty without the subtree) */
                    below: ("org.read" | "org.manage" | "members.read" | "members.manage" | "audit.read" | "files.read" | "files.write" | "tasks.read" | "tasks.write" | "assets.read" | "assets.write" | "assets.manage" | "risks.read" | "risks.write" | "risks.manage" | "risks.accept" | "risks.accept_above_tolerance" | "risks.approve_assessment" | "documents.read" | "documents.write" | "documents.approve" | "documents.publish" | "annual_cycle.read" | "annual_cycle.write" | "controls.read" | "controls.write" | "controls.evidence" | "controls.baseline" | "incidents.report" | "incidents.read" | "incidents.manage" | "incidents.breach" | "incidents.stats")[];
                };
            }[];
        };
        MemberInput: {
            id: string;
            userId: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
            includeSubtree: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description What the signed-in user may do with the membership, computed by the server */
            can: {
                /** @description Change the role or whether it covers the subtree */
                update: boolean;
                /** @description Remove the role */
                delete: boolean;
            };
        };
        IcalFeedStatusInput: {
            active: boolean;
            /** @description First characters of the secret, to tell URLs apart */
            prefix: string | null;
            createdAt: string | null;
            /** @description When a calendar app last fetched the feed */
            lastUsedAt: string | null;
        };
        IcalFeedCreatedInput: {
            /** @description Shown once; treat it like a password */
            url: string;
            feed: components["schemas"]["IcalFeedStatusInput"];
        };
        EvidenceFileInput: {
            id: string;
            name: string;
            contentType: string;
            size: number;
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceCanInput: {
            update: boolean;
            delete: boolean;
        };
        EvidenceInput: {
            id: string;
            orgId: string;
            /** @enum {string} */
            kind: "file" | "link" | "note";
            title: string;
            /** @description The note itself for kind note; otherwise what the evidence shows */
            description: string | null;
            url: string | null;
            validUntil: string | null;
            /** @enum {string} */
            validity: "valid" | "expiring" | "expired" | "missing_file";
            expired: boolean;
            /** @description Negative once expired; null when it never expires */
            daysUntilExpiry: number | null;
            requirementIds: string[];
            /** @description Files linked through the files API (entity type control_evidence) */
            files: components["schemas"]["EvidenceFileInput"][];
            ownerUserId: string | null;
            ownerName: string | null;
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The security officer changes any evidence; the other evidence roles what they added */
            can: components["schemas"]["EvidenceCanInput"];
        };
        /** @description Text in both product languages */
        LocalizedTextInput: {
            da: string;
            en: string;
        };
        RequirementRefInput: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
        };
        RequirementInput: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            guidance: components["schemas"]["LocalizedTextInput"] | null;
            /** @description For Annex A: the requirements of other frameworks that map here; otherwise the Annex A controls behind it */
            mappedTo: components["schemas"]["RequirementRefInput"][];
        };
        ControlFrameworkInput: {
            /** @enum {string} */
            id: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedTextInput"];
            source: components["schemas"]["LocalizedTextInput"];
            requirementCount: number;
        };
        ControlFrameworkDetailInput: {
            /** @enum {string} */
            id: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedTextInput"];
            source: components["schemas"]["LocalizedTextInput"];
            requirementCount: number;
            /** @description Annex A only: the four themes */
            themes: {
                /** @enum {string} */
                id: "organisational" | "people" | "physical" | "technological";
                name: components["schemas"]["LocalizedTextInput"];
                requirementCount: number;
            }[];
            requirements: components["schemas"]["RequirementInput"][];
        };
        SoaBaselineValueInput: {
            applicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            justification: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SoaBaselineItemInput: {
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedTextInput"];
            /** @description null: no baseline, members decide freely */
            baseline: components["schemas"]["SoaBaselineValueInput"] | null;
        };
        SoaBaselineInput: {
            groupId: string;
            groupName: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            items: components["schemas"]["SoaBaselineItemInput"][];
        };
        SoaDeviationInput: {
            orgId: string;
            orgName: string;
            requirementId: string;
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
            /**
             * @description applicability: decided differently from the baseline; status: behind the expected status
             * @enum {string}
             */
            kind: "applicability" | "status";
            baselineApplicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            applicable: boolean;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            justification: string | null;
            justificationMissing: boolean;
        };
        SoaMemberDeviationSummaryInput: {
            orgId: string;
            name: string;
            /** @enum {string} */
            kind: "organisation" | "unit";
            /** @description The framework is in the member’s scope */
            inScope: boolean;
            deviations: number;
            justificationMissing: number;
            behind: number;
        };
        SoaDeviationViewInput: {
            groupId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            /** @description Every member organisation the reader may see, by name */
            members: components["schemas"]["SoaMemberDeviationSummaryInput"][];
            items: components["schemas"]["SoaDeviationInput"][];
            nextCursor: string | null;
        };
        EvidenceCountsInput: {
            total: number;
            /** @description Valid today, including evidence about to expire */
            valid: number;
            expiring: number;
            expired: number;
            missingFile: number;
        };
        SoaBaselineRefInput: {
            groupId: string;
            groupName: string;
            applicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            justification: string | null;
        };
        SoaEntryCanInput: {
            /** @description Change anything: applicability, justification, owner, progress */
            update: boolean;
            /** @description Change status, implementation and target date (the owner may) */
            updateProgress: boolean;
            addEvidence: boolean;
            linkRisks: boolean;
        };
        SoaEntryInput: {
            id: string;
            orgId: string;
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedTextInput"];
            guidance: components["schemas"]["LocalizedTextInput"] | null;
            applicable: boolean;
            /**
             * @description own: decided here; baseline: inherited from the group; default: applicable until decided
             * @enum {string}
             */
            applicableSource: "own" | "baseline" | "default";
            /** @description The organisation’s own justification */
            justification: string | null;
            /** @description Own justification, or the baseline’s when inherited */
            effectiveJustification: string | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            /** @enum {string} */
            implementationStatus: "not_started" | "planned" | "partial" | "implemented";
            /** @description How the control is implemented, with references */
            implementation: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            targetDate: string | null;
            baseline: components["schemas"]["SoaBaselineRefInput"] | null;
            deviatesFromBaseline: boolean;
            /** @description Applicable and below the status the baseline expects */
            behindBaseline: boolean;
            justificationMissing: boolean;
            evidence: components["schemas"]["EvidenceCountsInput"];
            riskCount: number;
            version: number;
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["SoaEntryCanInput"];
        };
        SoaLinkedRiskInput: {
            riskId: string;
            title: string;
            status: string;
            score: number;
            inherentScore: number;
            residualScore: number | null;
        };
        SoaEntryDetailInput: {
            id: string;
            orgId: string;
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedTextInput"];
            guidance: components["schemas"]["LocalizedTextInput"] | null;
            applicable: boolean;
            /**
             * @description own: decided here; baseline: inherited from the group; default: applicable until decided
             * @enum {string}
             */
            applicableSource: "own" | "baseline" | "default";
            /** @description The organisation’s own justification */
            justification: string | null;
            /** @description Own justification, or the baseline’s when inherited */
            effectiveJustification: string | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            /** @enum {string} */
            implementationStatus: "not_started" | "planned" | "partial" | "implemented";
            /** @description How the control is implemented, with references */
            implementation: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            targetDate: string | null;
            baseline: components["schemas"]["SoaBaselineRefInput"] | null;
            deviatesFromBaseline: boolean;
            /** @description Applicable and below the status the baseline expects */
            behindBaseline: boolean;
            justificationMissing: boolean;
            evidence: components["schemas"]["EvidenceCountsInput"];
            riskCount: number;
            version: number;
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["SoaEntryCanInput"];
            evidenceRecords: components["schemas"]["EvidenceInput"][];
            risks: components["schemas"]["SoaLinkedRiskInput"][];
            mappedTo: components["schemas"]["RequirementRefInput"][];
        };
        SoaFrameworkSummaryInput: {
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            total: number;
            applicable: number;
            notApplicable: number;
            byStatus: {
                not_started: number;
                planned: number;
                partial: number;
                implemented: number;
                not_applicable: number;
            };
            justificationMissing: number;
            deviations: number;
            /** @description Applicable entries with no valid evidence */
            withoutValidEvidence: number;
        };
        SoaInput: {
            orgId: string;
            orgName: string;
            /** @enum {string} */
            profile: "standard" | "clinic";
            /** @description In scope, every requirement of each is listed */
            frameworks: ("iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar")[];
            baselineGroup: {
                id: string;
                name: string;
            } | null;
            /** @description Grows by one with every change to an entry: the SoA’s version number */
            revision: number;
            lastChangedAt: string | null;
            summary: components["schemas"]["SoaFrameworkSummaryInput"][];
            items: components["schemas"]["SoaEntryInput"][];
        };
        CoverageControlInput: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
            /** @description null: nothing in scope says anything about this control */
            status: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            /**
             * @description derived: from in-scope requirements mapped to the control
             * @enum {string}
             */
            source: "soa" | "derived" | "none";
        };
        RequirementCoverageInput: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
            /** @description The organisation’s own answer, when the framework is in scope */
            ownStatus: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            /** @description Coverage through the Annex A controls behind it */
            mappedCoverage: ("covered" | "partial" | "not_covered" | "not_applicable") | null;
            /** @enum {string} */
            coverage: "covered" | "partial" | "not_covered" | "not_applicable";
            controls: components["schemas"]["CoverageControlInput"][];
        };
        FrameworkCoverageInput: {
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedTextInput"];
            inScope: boolean;
            totals: {
                covered: number;
                partial: number;
                not_covered: number;
                not_applicable: number;
            };
            requirements: components["schemas"]["RequirementCoverageInput"][];
        };
        EvidenceGapInput: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedTextInput"];
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            ownerName: string | null;
            evidence: components["schemas"]["EvidenceCountsInput"];
        };
        CoverageInput: {
            orgId: string;
            frameworks: components["schemas"]["FrameworkCoverageInput"][];
            /** @description Applicable entries in scope without valid evidence */
            evidenceGaps: components["schemas"]["EvidenceGapInput"][];
            /** @description Risks not closed; treated: linked to at least one control */
            risks: {
                total: number;
                treated: number;
                untreated: number;
            };
        };
        RiskCoverageInput: {
            riskId: string;
            title: string;
            status: string;
            score: number;
            inherentScore: number;
            residualScore: number | null;
            treatment: string | null;
            controls: {
                id: string;
                /** @enum {string} */
                frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                code: string;
                title: components["schemas"]["LocalizedTextInput"];
                /** @description null: the control’s framework is no longer in scope */
                status: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            }[];
        };
        ControlScopeInput: {
            orgId: string;
            /**
             * @description clinic: the light ISMS of the nine recommendations
             * @enum {string}
             */
            profile: "standard" | "clinic";
            /**
             * @description default: derived from the organisation’s place in the tree
             * @enum {string}
             */
            source: "default" | "own";
            frameworks: ("iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar")[];
            /** @description 0 while the organisation keeps the default */
            version: number;
            updatedAt: string | null;
        };
        DocumentAcknowledgementInput: {
            documentId: string;
            versionId: string;
            versionNumber: number;
            userId: string;
            /** Format: date-time */
            acknowledgedAt: string;
        };
        DocumentCoverageInput: {
            documentId: string;
            /** @description Acknowledgements of this version or later count; null before the first publication */
            acknowledgementVersionNumber: number | null;
            currentVersionNumber: number | null;
            total: {
                inAudience: number;
                acknowledged: number;
                pending: number;
                /** @description Acknowledged share of the audience, 0-100, one decimal */
                percent: number;
            };
            /** @description Per organisation or unit where the audience holds its roles */
            units: {
                inAudience: number;
                acknowledged: number;
                pending: number;
                /** @description Acknowledged share of the audience, 0-100, one decimal */
                percent: number;
                orgId: string;
                name: string;
                /** @enum {string} */
                kind: "sector" | "group" | "organisation" | "unit";
                parentId: string | null;
            }[];
        };
        AudiencePersonInput: {
            userId: string;
            name: string;
            email: string;
            acknowledgedAt: string | null;
            acknowledgedVersionNumber: number | null;
        };
        MyDocumentInput: {
            id: string;
            orgId: string;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            title: string;
            description: string | null;
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            currentVersionId: string;
            currentVersionNumber: number;
            publishedAt: string | null;
            acknowledgementRequired: boolean;
            acknowledgedVersionNumber: number | null;
            acknowledgedAt: string | null;
            /** @description The current version (or the last one asking for it) awaits my acknowledgement */
            pending: boolean;
        };
        DocumentBodyFileInput: {
            id: string;
            name: string;
            contentType: string;
            size: number;
        };
        DocumentVersionSummaryInput: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
        };
        /** @description What I may do with the version: update, delete or submit a draft, approve or return one in review, publish an approved one */
        DocumentVersionCanInput: {
            update: boolean;
            delete: boolean;
            submit: boolean;
            approve: boolean;
            returnToDraft: boolean;
            publish: boolean;
        };
        DocumentVersionListItemInput: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
            can: components["schemas"]["DocumentVersionCanInput"];
        };
        DocumentVersionInput: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
            orgId: string;
            /** @description Sanitised HTML; empty when the body is a file */
            bodyHtml: string;
            bodyFile: components["schemas"]["DocumentBodyFileInput"] | null;
            createdBy: string | null;
            lastEditedBy: string | null;
            lastEditedByName: string | null;
            submittedBy: string | null;
            submittedByName: string | null;
            returnedByName: string | null;
            returnedAt: string | null;
            returnComment: string | null;
            approvedBy: string | null;
            approverRole: ("management" | "security_officer") | null;
            approvedAt: string | null;
            approvalNote: string | null;
            publishedByName: string | null;
            requiresAcknowledgement: boolean;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["DocumentVersionCanInput"];
        };
        DocumentDiffInput: {
            documentId: string;
            from: components["schemas"]["DocumentVersionSummaryInput"];
            to: components["schemas"]["DocumentVersionSummaryInput"];
            /** @description False when either version has a file as its body */
            comparable: boolean;
            rows: {
                /** @enum {string} */
                op: "equal" | "changed" | "added" | "removed";
                left: {
                    /** @description h1-h6, p, quote, code, li<depth>, tr */
                    kind: string;
                    text: string;
                } | null;
                right: {
                    /** @description h1-h6, p, quote, code, li<depth>, tr */
                    kind: string;
                    text: string;
                } | null;
                /** @description Word-level changes of a changed row */
                leftSegments?: {
                    /** @enum {string} */
                    op: "equal" | "removed" | "added";
                    text: string;
                }[];
                rightSegments?: {
                    /** @enum {string} */
                    op: "equal" | "removed" | "added";
                    text: string;
                }[];
            }[];
            stats: {
                unchanged: number;
                changed: number;
                added: number;
                removed: number;
            };
        };
        DocumentAudienceInput: {
            /** @description Everyone holding a role at the organisation or one of its units */
            wholeOrganisation: boolean;
            /** @description Units (with the units below them) whose staff are in the audience */
            unitIds: string[];
            /** @description Staff holding one of these roles are in the audience */
            roles: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee")[];
        };
        DocumentReviewStateInput: {
            /** @enum {string} */
            status: "not_scheduled" | "ok" | "due_soon" | "overdue";
            /** @description Days from today (Danish time) to the next review; negative when overdue */
            daysUntilDue: number | null;
        };
        /** @description What I may do with the document: update its settings, delete it (never approved), archive it (and change audience or classification once published), create a draft, record a review, acknowledge it */
        DocumentCanInput: {
            update: boolean;
            delete: boolean;
            archive: boolean;
            createDraft: boolean;
            recordReview: boolean;
            acknowledge: boolean;
        };
        DocumentInput: {
            id: string;
            orgId: string;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            title: string;
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            audience: components["schemas"]["DocumentAudienceInput"];
            reviewIntervalMonths: number;
            /** @description Last approval or recorded review */
            lastReviewedOn: string | null;
            nextReviewOn: string | null;
            review: components["schemas"]["DocumentReviewStateInput"];
            /** @description A group template that member organisations adopt */
            isTemplate: boolean;
            /** @description The group template (and its version) this document was adopted from */
            adoptedFrom: {
                documentId: string;
                versionId: string | null;
            } | null;
            /** @description The starter template it was created from */
            catalogKey: string | null;
            /** @description Public page (add .pdf for the PDF) while the document is classified public and published */
            publicPath: string | null;
            /** @description The published version */
            currentVersion: components["schemas"]["DocumentVersionSummaryInput"] | null;
            /** @description A draft, a version in review, or an approved version not yet published */
            workingVersion: components["schemas"]["DocumentVersionSummaryInput"] | null;
            /** @description Acknowledgements of this version or a later one count as read */
            acknowledgementVersionNumber: number | null;
            archived: boolean;
            archivedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["DocumentCanInput"];
        };
        DocumentReviewInput: {
            id: string;
            documentId: string;
            /** Format: date */
            reviewedOn: string;
            reviewedBy: string | null;
            reviewedByName: string | null;
            /** @enum {string} */
            outcome: "no_change" | "changes_needed";
            note: string | null;
            /** @description The version in force when it was reviewed */
            versionNumber: number | null;
            nextReviewOn: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RevisionRowInput: {
            /** @enum {string} */
            kind: "version" | "review";
            versionNumber: number | null;
            /**
             * Format: date
             * @description Approval date of a version, or the date of a review
             */
            date: string;
            /** @description Who wrote the version, or who recorded the review */
            authorName: string | null;
            /** @description The version's change summary, or the review's note */
            changeSummary: string | null;
            /** @description Reviews only */
            outcome: ("no_change" | "changes_needed") | null;
            approvedByName: string | null;
            approverRole: ("management" | "security_officer") | null;
            publishedAt: string | null;
        };
        PublicDocumentInput: {
            title: string;
            description: string | null;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            versionNumber: number;
            approvedOn: string | null;
            approvedByName: string | null;
            publishedAt: string | null;
            nextReviewOn: string | null;
            /** @description Sanitised HTML; empty when the body is a file */
            bodyHtml: string;
            bodyFile: {
                name: string;
                contentType: string;
                size: number;
                path: string;
            } | null;
            revisions: components["schemas"]["RevisionRowInput"][];
            pagePath: string;
            pdfPath: string;
        };
        DocumentTemplatesInput: {
            catalog: {
                key: string;
                /** @enum {string} */
                kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                /** @enum {string} */
                classification: "public" | "internal" | "confidential";
                reviewIntervalMonths: number;
                title: {
                    da: string;
                    en: string;
                };
                description: {
                    da: string;
                    en: string;
                };
            }[];
            /** @description Published templates of the groups (region, ministry) above the organisation */
            group: {
                documentId: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                title: string;
                description: string | null;
                versionId: string;
                versionNumber: number;
                publishedAt: string | null;
            }[];
        };
        TemplateAdoptionInput: {
            documentId: string;
            orgId: string;
            orgName: string;
            title: string;
            adoptedFromVersionId: string | null;
            adoptedFromVersionNumber: number | null;
            templateCurrentVersionNumber: number | null;
            /** @description Adopted from the template version in force now */
            upToDate: boolean;
            /** @description The adopter's published version, or its latest when none is published */
            comparedVersion: {
                id: string;
                number: number;
                status: string;
            } | null;
            /** @description False when either text is a file body */
            comparable: boolean;
            /** @description Blocks unchanged, changed, added and removed against the template version */
            deviation: {
                unchanged: number;
                changed: number;
                added: number;
                removed: number;
            };
            archived: boolean;
        };
        IncidentDeadlineInput: {
            /** @enum {string} */
            kind: "gdpr_authority" | "gdpr_data_subjects" | "nis2_early_warning" | "nis2_notification" | "nis2_progress_report" | "nis2_final_report" | "police_report";
            /** @description UTC; null where the law sets no fixed time ("without undue delay") */
            dueAt: string | null;
            /** @description Danish wall clock with offset, e.g. 2026-03-31T11:00:00+02:00 */
            dueLocal: string | null;
            /** @enum {string} */
            status: "open" | "met" | "late" | "not_required";
            /** @description When the notification that answers it was sent */
            completedAt: string | null;
            /** @description Runs until the breach or NIS2 assessment says otherwise */
            provisional: boolean;
            /** @description At the time of the response; negative once passed */
            secondsRemaining: number | null;
        };
        IncidentLinkInput: {
            id: string;
            /** @enum {string} */
            kind: "risk" | "asset" | "supplier";
            /** @description Id in the risk/asset/supplier register, when it has one */
            targetId: string | null;
            label: string;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        IncidentInput: {
            id: string;
            orgId: string;
            /** @description INC-<year>-<number>, per organisation */
            reference: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            statusReason: string | null;
            /** @enum {string} */
            source: "internal" | "external";
            vulnerabilityReportId: string | null;
            title: string;
            description: string;
            occurredAt: string | null;
            discoveredAt: string | null;
            systems: string | null;
            /**
             * @description The reporter’s answer
             * @enum {string}
             */
            personalDataSuspected: "yes" | "no" | "unknown";
            reporterUserId: string | null;
            reporterName: string | null;
            /** Format: date-time */
            reportedAt: string;
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            severity: ("low" | "moderate" | "high" | "critical") | null;
            affectsConfidentiality: boolean;
            affectsIntegrity: boolean;
            affectsAvailability: boolean;
            /** @description null: not assessed yet */
            nis2Significant: boolean | null;
            /** @description null: not assessed yet */
            suspectedMalicious: boolean | null;
            /** @description null: not assessed yet */
            crossBorder: boolean | null;
            indicatorsOfCompromise: string | null;
            /** @description null: not assessed yet */
            patientSafetyImpact: boolean | null;
            /** @description Reference of the patient-safety (UTH) report */
            uthReference: string | null;
            /** @description null: not assessed yet */
            suspectedCrime: boolean | null;
            location: string | null;
            detectionMethod: string | null;
            /** @description Type of threat or root cause */
            cause: string | null;
            impactDescription: string | null;
            containment: string | null;
            /** @description Mitigation applied and ongoing */
            mitigation: string | null;
            participants: string | null;
            /** @description Can it happen again? */
            recurrence: string | null;
            relevantLogs: string | null;
            /** @description When the incident itself ended (duration) */
            endedAt: string | null;
            triagedAt: string | null;
            triagedByName: string | null;
            /**
             * Format: date-time
             * @description When the organisation became aware; every clock starts here
             */
            awareAt: string;
            awareLocal: string;
            awareSetByName: string;
            /** Format: date-time */
            awareSetAt: string;
            /** @description Why it was set or last changed */
            awareReason: string | null;
            /** @description null: not assessed yet */
            personalDataBreach: boolean | null;
            dataCategories: ("health" | "cpr" | "identity" | "contact" | "social" | "financial" | "criminal" | "special_other" | "credentials" | "location" | "other")[];
            dataSubjectCategories: ("patients" | "relatives" | "citizens" | "children" | "employees" | "other")[];
            dataSubjectsApprox: number | null;
            recordsApprox: number | null;
            breachRisk: ("none" | "risk" | "high_risk") | null;
            breachRiskReasoning: string | null;
            likelyConsequences: string | null;
            measuresTaken: string | null;
            dpoContact: string | null;
            /** @description Why data subjects are not told (Art. 34(3)) */
            dataSubjectsExemption: string | null;
            breachAssessedAt: string | null;
            breachAssessedByName: string | null;
            dpoEscalatedAt: string | null;
            /** @description Handling ended */
            resolvedAt: string | null;
            lessonsLearned: string | null;
            closedAt: string | null;
            closedByName: string | null;
            deadlines: components["schemas"]["IncidentDeadlineInput"][];
            links: components["schemas"]["IncidentLinkInput"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this incident */
            can: {
                /** @description Classify, edit the description and the NIS2 and police answers */
                triage: boolean;
                changeStatus: boolean;
                assessBreach: boolean;
                setAwareness: boolean;
                addNote: boolean;
                addAction: boolean;
                editLinks: boolean;
                /** @description Record NIS2, police, supplier and sector notifications */
                notifySecurity: boolean;
                /** @description Record Datatilsynet and data-subject notifications */
                notifyPrivacy: boolean;
            };
        };
        IncidentSummaryInput: {
            id: string;
            orgId: string;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            /** @enum {string} */
            source: "internal" | "external";
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            severity: ("low" | "moderate" | "high" | "critical") | null;
            /** @enum {string} */
            personalDataSuspected: "yes" | "no" | "unknown";
            /** @description null: not assessed yet */
            personalDataBreach: boolean | null;
            /** @description null: not assessed yet */
            nis2Significant: boolean | null;
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            awareAt: string;
            /** @description The open or late clock due first */
            nextDeadline: components["schemas"]["IncidentDeadlineInput"] | null;
            version: number;
            /** @description What the caller may do with this incident */
            can: {
                /** @description Classify, edit the description and the NIS2 and police answers */
                triage: boolean;
                changeStatus: boolean;
                assessBreach: boolean;
                setAwareness: boolean;
                addNote: boolean;
                addAction: boolean;
                editLinks: boolean;
                /** @description Record NIS2, police, supplier and sector notifications */
                notifySecurity: boolean;
                /** @description Record Datatilsynet and data-subject notifications */
                notifyPrivacy: boolean;
            };
        };
        MyIncidentReportInput: {
            id: string;
            orgId: string;
            orgName: string;
            reference: string;
            title: string;
            /** Format: date-time */
            reportedAt: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            /** Format: date-time */
            updatedAt: string;
        };
        IncidentTimelineEntryInput: {
            id: string;
            incidentId: string;
            /**
             * Format: date-time
             * @description When it was recorded
             */
            at: string;
            /** @description When it happened, for notes written afterwards */
            occurredAt: string | null;
            actorId: string | null;
            actorName: string;
            /** @enum {string} */
            kind: "reported" | "note" | "status" | "triage" | "awareness" | "breach_assessment" | "dpo_escalation" | "notification" | "action" | "link";
            text: string | null;
            details: {
                [key: string]: unknown;
            } | null;
        };
        BreachLogEntryInput: {
            incidentId: string;
            orgId: string;
            reference: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            /** Format: date-time */
            awareAt: string;
            occurredAt: string | null;
            /** Format: date-time */
            reportedAt: string;
            /** @description What happened (CPR numbers masked) */
            facts: string;
            dataCategories: ("health" | "cpr" | "identity" | "contact" | "social" | "financial" | "criminal" | "special_other" | "credentials" | "location" | "other")[];
            dataSubjectCategories: ("patients" | "relatives" | "citizens" | "children" | "employees" | "other")[];
            dataSubjectsApprox: number | null;
            recordsApprox: number | null;
            /** @description Likely consequences */
            effects: string | null;
            /** @description Measures taken or proposed */
            remedialAction: string | null;
            risk: ("none" | "risk" | "high_risk") | null;
            /** @description Why it was not notified, when judged unlikely to result in a risk */
            reasoning: string | null;
            notifiedAuthorityAt: string | null;
            authorityReference: string | null;
            delayReason: string | null;
            dataSubjectsNotifiedAt: string | null;
            dataSubjectsExemption: string | null;
            lessonsLearned: string | null;
        };
        IncidentReportTextInput: {
            /** @enum {string} */
            kind: "gdpr_art33" | "nis2_early_warning" | "nis2_notification" | "nis2_final_report" | "base_facts";
            title: string;
            /** @description Plain text, one item per paragraph, ready to copy */
            text: string;
            items: {
                key: string;
                label: string;
                value: string | null;
                missing: boolean;
            }[];
            /** @description Labels of the items still to be filled in */
            missing: string[];
            complete: boolean;
        };
        IncidentNotificationInput: {
            id: string;
            incidentId: string;
            /** @enum {string} */
            recipient: "datatilsynet" | "nis2_authority" | "data_subjects" | "police" | "supplier" | "sector_centre";
            stage: ("initial" | "supplement" | "early_warning" | "notification" | "progress_report" | "final_report") | null;
            /** @description E.g. the supplier’s name or the police district */
            recipientDetail: string | null;
            /** Format: date-time */
            sentAt: string;
            sentLocal: string;
            sentByName: string;
            recordedByName: string;
            /** @description The recipient’s case or journal number */
            reference: string | null;
            summary: string | null;
            delayReason: string | null;
            /** @description The clock this notification answers */
            deadline: string | null;
            dueAt: string | null;
            /** @description Sent after the clock it answers */
            late: boolean;
            attachments: {
                id: string;
                name: string;
                contentType: string;
                size: number;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this notification */
            can: {
                update: boolean;
            };
        };
        IncidentStatisticsInput: {
            orgId: string;
            /** @description First month, YYYY-MM (Danish calendar month of the report) */
            from: string;
            /** @description Last month, YYYY-MM */
            to: string;
            total: number;
            personalDataBreaches: number;
            nis2Significant: number;
            byCategory: {
                /** @enum {string} */
                category: "phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other" | "unclassified";
                count: number;
            }[];
            bySeverity: {
                /** @enum {string} */
                severity: "low" | "moderate" | "high" | "critical" | "unclassified";
                count: number;
            }[];
            byMonth: {
                month: string;
                count: number;
            }[];
            /** @description The organisation itself (own records) and each child with its whole subtree */
            byOrganisation: {
                orgId: string;
                name: string;
                kind: string;
                own: boolean;
                count: number;
            }[];
        };
        RunningIncidentDeadlineInput: {
            /** @enum {string} */
            kind: "gdpr_authority" | "gdpr_data_subjects" | "nis2_early_warning" | "nis2_notification" | "nis2_progress_report" | "nis2_final_report" | "police_report";
            /** @description UTC; null where the law sets no fixed time ("without undue delay") */
            dueAt: string | null;
            /** @description Danish wall clock with offset, e.g. 2026-03-31T11:00:00+02:00 */
            dueLocal: string | null;
            /** @enum {string} */
            status: "open" | "met" | "late" | "not_required";
            /** @description When the notification that answers it was sent */
            completedAt: string | null;
            /** @description Runs until the breach or NIS2 assessment says otherwise */
            provisional: boolean;
            /** @description At the time of the response; negative once passed */
            secondsRemaining: number | null;
            incidentId: string;
            orgId: string;
            reference: string;
            title: string;
            severity: ("low" | "moderate" | "high" | "critical") | null;
        };
        OrganisationInput: {
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "sector" | "group" | "organisation" | "unit";
            name: string;
            cvr: string | null;
            /** @description Members must sign in with a second factor */
            requireMfa: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the signed-in user may do with the organisation, computed by the server */
            can: {
                /** @description Rename, change CVR and the two-factor requirement */
                update: boolean;
                /** @description Move under another parent (never the sector root) */
                move: boolean;
                /** @description Create an organisation below this one */
                createChild: boolean;
                /** @description Add, change and remove members and their roles */
                manageMembers: boolean;
            };
        };
        RiskMatrixInput: {
            orgId: string;
            likelihoodLevels: {
                level: number;
                label: string;
                description: string | null;
            }[];
            consequenceLevels: {
                level: number;
                label: string;
                description: string | null;
            }[];
            /** @description Ascending; a score belongs to the first band whose maxScore it does not exceed */
            bands: {
                /** @description The highest score in the band */
                maxScore: number;
                label: string;
                colour: string;
            }[];
            /** @description Scores above this need management to accept them */
            tolerance: number;
            maxScore: number;
            /** @description The organisation has not changed the default 5×5 matrix */
            isDefault: boolean;
            /** @description 0 while the default applies; send it back when changing the matrix */
            version: number;
            updatedAt: string | null;
        };
        ThreatRefInput: {
            /** @description A catalogue key (e.g. ransomware) or the id of an organisation’s own threat */
            id: string;
            /** @enum {string} */
            source: "catalog" | "organisation";
            title: {
                da: string;
                en: string;
            };
        };
        ThreatInput: {
            id: string;
            /** @enum {string} */
            source: "catalog" | "organisation";
            /** @description The organisation that added it (an ancestor’s threats apply below it) */
            orgId: string | null;
            /** @enum {string} */
            category: "malicious" | "insider" | "supplier" | "human_error" | "technical" | "physical" | "environmental";
            /** @description Catalogue threats in Danish and English; own threats as written, in both */
            title: {
                da: string;
                en: string;
            };
            description: {
                da: string;
                en: string;
            } | null;
            affects: {
                confidentiality: boolean;
                integrity: boolean;
                availability: boolean;
            };
            /** @description The sector strategy’s vulnerabilities (1-6) the threat draws on; catalogue only */
            vulnerabilities: number[];
            /** @description Risk scenarios of this organisation that name the threat */
            riskCount: number;
            version: number | null;
            updatedAt: string | null;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        RiskLevelInput: {
            /** @description 1 = the lowest band of the matrix */
            rank: number;
            label: string;
            /** @description #rrggbb */
            colour: string;
        };
        RiskAcceptanceInput: {
            id: string;
            riskId: string;
            acceptedBy: string | null;
            acceptedByName: string;
            /**
             * @description The role the acceptance was signed in
             * @enum {string}
             */
            role: "management" | "security_officer";
            reason: string;
            /** @description The score accepted */
            score: number;
            /** @description The tolerance when it was signed */
            tolerance: number;
            aboveTolerance: boolean;
            /** Format: date-time */
            acceptedAt: string;
            /** Format: date */
            expiresOn: string;
            /** @description Days from today (Danish time) to the expiry; negative once expired */
            expiresInDays: number;
            /**
             * @description expired: past its expiry date; lapsed: the score rose above what was accepted
             * @enum {string}
             */
            state: "active" | "expired" | "revoked" | "superseded" | "lapsed";
            endedAt: string | null;
            endedBy: string | null;
            endNote: string | null;
        };
        RiskActionInput: {
            id: string;
            riskId: string;
            title: string;
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @description Assigned to whoever holds this role when there is no owner */
            ownerRole: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            overdue: boolean;
            /** @description The task in "my tasks" that carries the action */
            taskId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        RiskInput: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "accepted" | "closed";
            ownerUserId: string | null;
            ownerName: string | null;
            threats: components["schemas"]["ThreatRefInput"][];
            assets: components["schemas"]["AssetRefInput"][];
            likelihood: number;
            consequenceOrganisation: number | null;
            consequencePatientSafety: number | null;
            consequenceDataSubject: number | null;
            /** @description The highest of the three consequences */
            consequence: number;
            /** @description likelihood × consequence */
            inherentScore: number;
            inherentLevel: components["schemas"]["RiskLevelInput"];
            existingControls: string | null;
            plannedControls: string | null;
            residualLikelihood: number | null;
            residualConsequenceOrganisation: number | null;
            residualConsequencePatientSafety: number | null;
            residualConsequenceDataSubject: number | null;
            residualConsequence: number | null;
            residualScore: number | null;
            residualLevel: components["schemas"]["RiskLevelInput"] | null;
            /** @description The score that counts: residual once assessed, inherent until then */
            score: number;
            level: components["schemas"]["RiskLevelInput"];
            /** @description score > the matrix tolerance: only management may accept it */
            aboveTolerance: boolean;
            treatment: ("reduce" | "accept" | "avoid" | "transfer") | null;
            treatmentNote: string | null;
            /** Format: date */
            reviewDate: string;
            reviewOverdue: boolean;
            /** @description Days from today (Danish time) to the review date; negative when overdue */
            reviewInDays: number;
            lastReviewedAt: string | null;
            /** @description The latest acceptance, unless it was revoked or superseded */
            acceptance: components["schemas"]["RiskAcceptanceInput"] | null;
            actionSummary: {
                total: number;
                open: number;
                overdue: number;
            };
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
                review: boolean;
                accept: boolean;
                revokeAcceptance: boolean;
            };
        };
        RiskAssessmentInput: {
            id: string;
            orgId: string;
            title: string;
            /** Format: date */
            assessmentDate: string;
            note: string | null;
            /** @enum {string} */
            status: "awaiting_approval" | "approved" | "rejected";
            frozenBy: string | null;
            frozenByName: string;
            /** Format: date-time */
            frozenAt: string;
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            summary: {
                risks: number;
                accepted: number;
                aboveTolerance: number;
                residualAssessed: number;
                /** @description Risks per band of the matrix, by the score that counts */
                byLevel: {
                    rank: number;
                    label: string;
                    colour: string;
                    count: number;
                }[];
            };
            matrix: {
                likelihoodLevels: {
                    level: number;
                    label: string;
                }[];
                consequenceLevels: {
                    level: number;
                    label: string;
                }[];
                bands: {
                    maxScore: number;
                    label: string;
                    colour: string;
                }[];
                tolerance: number;
            };
            version: number;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                decide: boolean;
            };
        };
        RiskAssessmentItemInput: {
            riskId: string;
            title: string;
            status: string;
            ownerName: string | null;
            /** @description Threat titles (Danish) as they were */
            threats: string[];
            /** @description Asset names as they were */
            assets: string[];
            likelihood: number;
            consequence: number;
            inherentScore: number;
            residualScore: number | null;
            score: number;
            level: components["schemas"]["RiskLevelInput"];
            aboveTolerance: boolean;
            treatment: string | null;
            acceptedUntil: string | null;
        };
        RiskAssessmentComparisonInput: {
            from: components["schemas"]["RiskAssessmentInput"];
            to: components["schemas"]["RiskAssessmentInput"];
            /** @description In the later assessment only */
            new: components["schemas"]["RiskAssessmentItemInput"][];
            /** @description In the earlier assessment only */
            closed: components["schemas"]["RiskAssessmentItemInput"][];
            /** @description In both, with a changed inherent, residual or current score */
            moved: {
                riskId: string;
                title: string;
                from: {
                    inherentScore: number;
                    residualScore: number | null;
                    score: number;
                    level: components["schemas"]["RiskLevelInput"];
                };
                to: {
                    inherentScore: number;
                    residualScore: number | null;
                    score: number;
                    level: components["schemas"]["RiskLevelInput"];
                };
                /**
                 * @description By the score that counts
                 * @enum {string}
                 */
                direction: "up" | "down" | "same";
            }[];
            unchanged: number;
        };
        RiskHeatMapInput: {
            likelihoodLevels: {
                level: number;
                label: string;
            }[];
            consequenceLevels: {
                level: number;
                label: string;
            }[];
            bands: {
                maxScore: number;
                label: string;
                colour: string;
            }[];
            tolerance: number;
            inherent: {
                /** @description Every cell of the matrix, highest likelihood first, then consequence ascending */
                cells: {
                    likelihood: number;
                    consequence: number;
                    score: number;
                    level: components["schemas"]["RiskLevelInput"];
                    aboveTolerance: boolean;
                    count: number;
                    riskIds: string[];
                }[];
                total: number;
            };
            residual: {
                /** @description Every cell of the matrix, highest likelihood first, then consequence ascending */
                cells: {
                    likelihood: number;
                    consequence: number;
                    score: number;
                    level: components["schemas"]["RiskLevelInput"];
                    aboveTolerance: boolean;
                    count: number;
                    riskIds: string[];
                }[];
                total: number;
                /** @description Risks without a residual assessment (not in the residual grid) */
                notAssessed: number;
            };
        };
        RiskSummaryInput: {
            total: number;
            byStatus: {
                draft: number;
                open: number;
                accepted: number;
                closed: number;
            };
            /** @description Open and accepted risks: the register */
            live: number;
            /** @description Live risks whose score is above the tolerance */
            aboveTolerance: number;
            /** @description Live risks without a treatment decision */
            untreated: number;
            /** @description Live risks per band of the matrix, by the score that counts */
            byLevel: {
                rank: number;
                label: string;
                colour: string;
                count: number;
            }[];
            reviews: {
                overdue: number;
                /** @description Due within 30 days */
                dueSoon: number;
            };
            acceptances: {
                active: number;
                /** @description Expiring within 30 days */
                expiringSoon: number;
                expired: number;
            };
            actions: {
                open: number;
                overdue: number;
            };
        };
        ApiTokenInput: {
            id: string;
            name: string;
            /** @description The first characters of the token, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        VulnerabilityReportInput: {
            id: string;
            orgId: string;
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
            /** @description Untrusted text from outside: show as text, never as HTML */
            summary: string;
            /** @description Untrusted text from outside: show as text, never as HTML */
            description: string;
            affectedSystem: string | null;
            reporterName: string | null;
            reporterEmail: string | null;
            /** @description CPR numbers masked on receipt (ddmmyy-****) */
            cprMasked: number;
            /** Format: date-time */
            receivedAt: string;
            decisionReason: string | null;
            incidentId: string | null;
            decidedAt: string | null;
            decidedByName: string | null;
            version: number;
            /** @description What the caller may do with this report */
            can: {
                decide: boolean;
            };
        };
        VulnerabilityReportStatusInput: {
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
        };
        VulnerabilityReportReceiptInput: {
            /** @description Keep it: the only way to follow up on the report */
            receiptCode: string;
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
        };
        RiskAssessmentDetailInput: {
            id: string;
            orgId: string;
            title: string;
            /** Format: date */
            assessmentDate: string;
            note: string | null;
            /** @enum {string} */
            status: "awaiting_approval" | "approved" | "rejected";
            frozenBy: string | null;
            frozenByName: string;
            /** Format: date-time */
            frozenAt: string;
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            summary: {
                risks: number;
                accepted: number;
                aboveTolerance: number;
                residualAssessed: number;
                /** @description Risks per band of the matrix, by the score that counts */
                byLevel: {
                    rank: number;
                    label: string;
                    colour: string;
                    count: number;
                }[];
            };
            matrix: {
                likelihoodLevels: {
                    level: number;
                    label: string;
                }[];
                consequenceLevels: {
                    level: number;
                    label: string;
                }[];
                bands: {
                    maxScore: number;
                    label: string;
                    colour: string;
                }[];
                tolerance: number;
            };
            version: number;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                decide: boolean;
            };
            items: components["schemas"]["RiskAssessmentItemInput"][];
        };
        Error: {
            error: {
                code: string;
                message: string;
                details?: {
                    fields?: {
                        path: string;
                        code: string;
                        message: string;
                    }[];
                };
            };
        };
        Job: {
            id: string;
            type: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "dead";
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            lockedBy: string | null;
            lockedUntil: string | null;
            lastError: string | null;
            dedupeKey: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LoginLock: {
            key: string;
            failures: number;
            /** Format: date-time */
            lockedUntil: string;
        };
        OutboxMail: {
            id: string;
            jobId: string | null;
            orgId: string | null;
            to: string;
            /** @enum {string} */
            locale: "da" | "en";
            template: string;
            subject: string;
            text: string;
            html: string;
            /**
             * @description stored: no SMTP server configured; sent: handed to SMTP
             * @enum {string}
             */
            status: "stored" | "sent";
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        TaskCan: {
            /** @description Change the task’s fields */
            update: boolean;
            delete: boolean;
            /** @description Move the task along, "done" included */
            complete: boolean;
        };
        Task: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            assigneeUserId: string | null;
            assigneeName: string | null;
            assigneeRole: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            /** @enum {string} */
            priority: "low" | "normal" | "high";
            /** @description Open past 00:00 Danish time the day after the due date */
            overdue: boolean;
            entityType: string | null;
            entityId: string | null;
            source: string;
            completedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["TaskCan"];
        };
        AnnualActivityCan: {
            update: boolean;
            delete: boolean;
        };
        AnnualActivity: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
            /** @description Months in which it falls due */
            months: number[];
            /** @description Due day of the month; null for the last day */
            dayOfMonth: number | null;
            /** @enum {string} */
            responsibleRole: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
            /** @description The default activity it was pre-filled from */
            catalogKey: string | null;
            active: boolean;
            /** @description Next occurrence from today (Danish time) */
            nextDueDate: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["AnnualActivityCan"];
        };
        AnnualCycle: {
            orgId: string;
            year: number;
            months: {
                month: number;
                occurrences: {
                    activityId: string;
                    title: string;
                    /** @enum {string} */
                    frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
                    /** @enum {string} */
                    responsibleRole: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                    /** Format: date */
                    dueDate: string;
                    /** @description YYYY-MM; the task source key is annual:<activityId>:<occurrenceKey> */
                    occurrenceKey: string;
                    /** @description The task of this occurrence once it has been created (up to 60 days ahead) */
                    task: {
                        id: string;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "cancelled";
                        overdue: boolean;
                    } | null;
                }[];
                counts: {
                    total: number;
                    done: number;
                    overdue: number;
                };
            }[];
        };
        AssetRef: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            criticality: number;
        };
        Asset: {
            id: string;
            orgId: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 critical */
            criticality: number;
            confidentiality: number;
            integrity: number;
            availability: number;
            personalData: boolean;
            /** @description Health data (a special category); implies personal data */
            healthData: boolean;
            legacy: boolean;
            endOfSupport: string | null;
            /** @description The end-of-support date has passed (Danish calendar day) */
            unsupported: boolean;
            supplier: string | null;
            hosting: ("on_premises" | "shared_operations" | "supplier_hosted" | "cloud" | "none") | null;
            /** @description A critical clinical process (kind process only) */
            clinicalCritical: boolean;
            /** @description 1 = the most critical of the critical processes */
            criticalRank: number | null;
            /** @description Direct dependencies: assets this one needs */
            dependsOn: components["schemas"]["AssetRef"][];
            /** @description Direct dependents: assets that need this one */
            dependents: components["schemas"]["AssetRef"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        AssetGraphNode: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "system" | "process" | "information" | "device" | "service" | "location";
            criticality: number;
            clinicalCritical: boolean;
            criticalRank: number | null;
            legacy: boolean;
            unsupported: boolean;
            personalData: boolean;
            healthData: boolean;
            supplier: string | null;
            ownerName: string | null;
        };
        AssetGraph: {
            nodes: components["schemas"]["AssetGraphNode"][];
            edges: {
                /** @description The dependent asset */
                from: string;
                /** @description What it depends on */
                to: string;
            }[];
        };
        AssetImpact: {
            asset: components["schemas"]["AssetRef"];
            /** @description Everything hit when the asset fails, nearest first */
            dependents: {
                asset: components["schemas"]["AssetGraphNode"];
                /** @description 1 = direct */
                depth: number;
                /** @description The asset it is reached through */
                viaId: string;
            }[];
            /** @description Critical clinical processes among them, by rank */
            criticalProcesses: {
                id: string;
                name: string;
                rank: number | null;
                depth: number;
            }[];
            summary: {
                dependents: number;
                highestCriticality: number | null;
                /** @description Some asset hit holds health data */
                healthData: boolean;
            };
        };
        CriticalProcessOverview: {
            /** Format: date */
            date: string;
            items: {
                rank: number;
                process: components["schemas"]["AssetGraphNode"];
                /** @description Systems, devices, information, services and locations it needs */
                supporting: {
                    asset: components["schemas"]["AssetGraphNode"];
                    /** @description 1 = direct */
                    depth: number;
                    /** @description The asset it is reached through */
                    viaId: string;
                }[];
                /** @description The supply chain: suppliers of the process and what it needs */
                suppliers: string[];
                legacy: number;
                unsupported: number;
                devices: number;
            }[];
        };
        FileLink: {
            entityType: string;
            entityId: string;
            /** Format: date-time */
            createdAt: string;
        };
        StoredFile: {
            id: string;
            orgId: string;
            /** @description Original file name, sanitised */
            name: string;
            /** @description Detected from the bytes */
            contentType: string;
            size: number;
            sha256: string;
            uploadedBy: string | null;
            uploadedByName: string | null;
            /** Format: date-time */
            createdAt: string;
            links: components["schemas"]["FileLink"][];
        };
        AssetImportPreview: {
            file: {
                id: string;
                name: string;
                sha256: string;
            };
            columns: {
                field: string;
                header: string;
            }[];
            ignoredHeaders: string[];
            rows: {
                row: number;
                name: string | null;
                action: ("create" | "update") | null;
                valid: boolean;
            }[];
            errors: {
                /** @description Spreadsheet row number (the header is row 1) */
                row: number;
                field: string;
                /** @description The column header as written in the file */
                column: string;
                code: string;
                message: string;
            }[];
            summary: {
                rows: number;
                create: number;
                update: number;
                errors: number;
            };
        };
        AssetImportResult: {
            created: number;
            updated: number;
            file: {
                id: string;
                name: string;
                sha256: string;
            };
        };
        AuditEvent: {
            id: string;
            seq: number;
            /** Format: date-time */
            at: string;
            orgId: string | null;
            actorId: string | null;
            actorName: string;
            action: string;
            entityType: string;
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            hash: string;
        };
        Me: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            locale: "da" | "en";
            mustChangePassword: boolean;
            totpEnabled: boolean;
            /** @description An organisation of the user requires two-factor and it is not on yet */
            mfaEnrolmentRequired: boolean;
            /** @description Send as the x-csrf-token header on every cookie-authenticated write */
            csrfToken: string;
            memberships: {
                id: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                orgKind: "sector" | "group" | "organisation" | "unit";
                /** @enum {string} */
                role: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
                includeSubtree: boolean;
                /** @description Capabilities of the membership, computed by the server; the web never re-derives them */
                can: {
                    /** @description What the role permits at the organisation */
                    here: ("org.read" | "org.manage" | "members.read" | "members.manage" | "audit.read" | "files.read" | "files.write" | "tasks.read" | "tasks.write" | "assets.read" | "assets.write" | "assets.manage" | "risks.read" | "risks.write" | "risks.manage" | "risks.accept" | "risks.accept_above_tolerance" | "risks.approve_assessment" | "documents.read" | "documents.write" | "documents.approve" | "documents.publish" | "annual_cycle.read" | "annual_cycle.write" | "controls.read" | "controls.write" | "controls.evidence" | "controls.baseline" | "incidents.report" | "incidents.read" | "incidents.manage" | "incidents.breach" | "incidents.stats")[];
                    /** @description What it permits in the organisations below (empty without the subtree) */
                    below: ("org.read" | "org.manage" | "members.read" | "members.manage" | "audit.read" | "files.read" | "files.write" | "tasks.read" | "tasks.write" | "assets.read" | "assets.write" | "assets.manage" | "risks.read" | "risks.write" | "risks.manage" | "risks.accept" | "risks.accept_above_tolerance" | "risks.approve_assessment" | "documents.read" | "documents.write" | "documents.approve" | "documents.publish" | "annual_cycle.read" | "annual_cycle.write" | "controls.read" | "controls.write" | "controls.evidence" | "controls.baseline" | "incidents.report" | "incidents.read" | "incidents.manage" | "incidents.breach" | "incidents.stats")[];
                };
            }[];
        };
        Member: {
            id: string;
            userId: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee";
            includeSubtree: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description What the signed-in user may do with the membership, computed by the server */
            can: {
                /** @description Change the role or whether it covers the subtree */
                update: boolean;
                /** @description Remove the role */
                delete: boolean;
            };
        };
        IcalFeedStatus: {
            active: boolean;
            /** @description First characters of the secret, to tell URLs apart */
            prefix: string | null;
            createdAt: string | null;
            /** @description When a calendar app last fetched the feed */
            lastUsedAt: string | null;
        };
        IcalFeedCreated: {
            /** @description Shown once; treat it like a password */
            url: string;
            feed: components["schemas"]["IcalFeedStatus"];
        };
        EvidenceFile: {
            id: string;
            name: string;
            contentType: string;
            size: number;
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceCan: {
            update: boolean;
            delete: boolean;
        };
        Evidence: {
            id: string;
            orgId: string;
            /** @enum {string} */
            kind: "file" | "link" | "note";
            title: string;
            /** @description The note itself for kind note; otherwise what the evidence shows */
            description: string | null;
            url: string | null;
            validUntil: string | null;
            /** @enum {string} */
            validity: "valid" | "expiring" | "expired" | "missing_file";
            expired: boolean;
            /** @description Negative once expired; null when it never expires */
            daysUntilExpiry: number | null;
            requirementIds: string[];
            /** @description Files linked through the files API (entity type control_evidence) */
            files: components["schemas"]["EvidenceFile"][];
            ownerUserId: string | null;
            ownerName: string | null;
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The security officer changes any evidence; the other evidence roles what they added */
            can: components["schemas"]["EvidenceCan"];
        };
        /** @description Text in both product languages */
        LocalizedText: {
            da: string;
            en: string;
        };
        RequirementRef: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedText"];
        };
        Requirement: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedText"];
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            guidance: components["schemas"]["LocalizedText"] | null;
            /** @description For Annex A: the requirements of other frameworks that map here; otherwise the Annex A controls behind it */
            mappedTo: components["schemas"]["RequirementRef"][];
        };
        ControlFramework: {
            /** @enum {string} */
            id: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedText"];
            source: components["schemas"]["LocalizedText"];
            requirementCount: number;
        };
        ControlFrameworkDetail: {
            /** @enum {string} */
            id: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedText"];
            source: components["schemas"]["LocalizedText"];
            requirementCount: number;
            /** @description Annex A only: the four themes */
            themes: {
                /** @enum {string} */
                id: "organisational" | "people" | "physical" | "technological";
                name: components["schemas"]["LocalizedText"];
                requirementCount: number;
            }[];
            requirements: components["schemas"]["Requirement"][];
        };
        SoaBaselineValue: {
            applicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            justification: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SoaBaselineItem: {
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedText"];
            /** @description null: no baseline, members decide freely */
            baseline: components["schemas"]["SoaBaselineValue"] | null;
        };
        SoaBaseline: {
            groupId: string;
            groupName: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            items: components["schemas"]["SoaBaselineItem"][];
        };
        SoaDeviation: {
            orgId: string;
            orgName: string;
            requirementId: string;
            code: string;
            title: components["schemas"]["LocalizedText"];
            /**
             * @description applicability: decided differently from the baseline; status: behind the expected status
             * @enum {string}
             */
            kind: "applicability" | "status";
            baselineApplicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            applicable: boolean;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            justification: string | null;
            justificationMissing: boolean;
        };
        SoaMemberDeviationSummary: {
            orgId: string;
            name: string;
            /** @enum {string} */
            kind: "organisation" | "unit";
            /** @description The framework is in the member’s scope */
            inScope: boolean;
            deviations: number;
            justificationMissing: number;
            behind: number;
        };
        SoaDeviationView: {
            groupId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            /** @description Every member organisation the reader may see, by name */
            members: components["schemas"]["SoaMemberDeviationSummary"][];
            items: components["schemas"]["SoaDeviation"][];
            nextCursor: string | null;
        };
        EvidenceCounts: {
            total: number;
            /** @description Valid today, including evidence about to expire */
            valid: number;
            expiring: number;
            expired: number;
            missingFile: number;
        };
        SoaBaselineRef: {
            groupId: string;
            groupName: string;
            applicable: boolean;
            expectedStatus: ("not_started" | "planned" | "partial" | "implemented") | null;
            justification: string | null;
        };
        SoaEntryCan: {
            /** @description Change anything: applicability, justification, owner, progress */
            update: boolean;
            /** @description Change status, implementation and target date (the owner may) */
            updateProgress: boolean;
            addEvidence: boolean;
            linkRisks: boolean;
        };
        SoaEntry: {
            id: string;
            orgId: string;
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedText"];
            guidance: components["schemas"]["LocalizedText"] | null;
            applicable: boolean;
            /**
             * @description own: decided here; baseline: inherited from the group; default: applicable until decided
             * @enum {string}
             */
            applicableSource: "own" | "baseline" | "default";
            /** @description The organisation’s own justification */
            justification: string | null;
            /** @description Own justification, or the baseline’s when inherited */
            effectiveJustification: string | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            /** @enum {string} */
            implementationStatus: "not_started" | "planned" | "partial" | "implemented";
            /** @description How the control is implemented, with references */
            implementation: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            targetDate: string | null;
            baseline: components["schemas"]["SoaBaselineRef"] | null;
            deviatesFromBaseline: boolean;
            /** @description Applicable and below the status the baseline expects */
            behindBaseline: boolean;
            justificationMissing: boolean;
            evidence: components["schemas"]["EvidenceCounts"];
            riskCount: number;
            version: number;
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["SoaEntryCan"];
        };
        SoaLinkedRisk: {
            riskId: string;
            title: string;
            status: string;
            score: number;
            inherentScore: number;
            residualScore: number | null;
        };
        SoaEntryDetail: {
            id: string;
            orgId: string;
            requirementId: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            theme: ("organisational" | "people" | "physical" | "technological") | null;
            title: components["schemas"]["LocalizedText"];
            guidance: components["schemas"]["LocalizedText"] | null;
            applicable: boolean;
            /**
             * @description own: decided here; baseline: inherited from the group; default: applicable until decided
             * @enum {string}
             */
            applicableSource: "own" | "baseline" | "default";
            /** @description The organisation’s own justification */
            justification: string | null;
            /** @description Own justification, or the baseline’s when inherited */
            effectiveJustification: string | null;
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            /** @enum {string} */
            implementationStatus: "not_started" | "planned" | "partial" | "implemented";
            /** @description How the control is implemented, with references */
            implementation: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            targetDate: string | null;
            baseline: components["schemas"]["SoaBaselineRef"] | null;
            deviatesFromBaseline: boolean;
            /** @description Applicable and below the status the baseline expects */
            behindBaseline: boolean;
            justificationMissing: boolean;
            evidence: components["schemas"]["EvidenceCounts"];
            riskCount: number;
            version: number;
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["SoaEntryCan"];
            evidenceRecords: components["schemas"]["Evidence"][];
            risks: components["schemas"]["SoaLinkedRisk"][];
            mappedTo: components["schemas"]["RequirementRef"][];
        };
        SoaFrameworkSummary: {
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            total: number;
            applicable: number;
            notApplicable: number;
            byStatus: {
                not_started: number;
                planned: number;
                partial: number;
                implemented: number;
                not_applicable: number;
            };
            justificationMissing: number;
            deviations: number;
            /** @description Applicable entries with no valid evidence */
            withoutValidEvidence: number;
        };
        Soa: {
            orgId: string;
            orgName: string;
            /** @enum {string} */
            profile: "standard" | "clinic";
            /** @description In scope, every requirement of each is listed */
            frameworks: ("iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar")[];
            baselineGroup: {
                id: string;
                name: string;
            } | null;
            /** @description Grows by one with every change to an entry: the SoA’s version number */
            revision: number;
            lastChangedAt: string | null;
            summary: components["schemas"]["SoaFrameworkSummary"][];
            items: components["schemas"]["SoaEntry"][];
        };
        CoverageControl: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedText"];
            /** @description null: nothing in scope says anything about this control */
            status: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            /**
             * @description derived: from in-scope requirements mapped to the control
             * @enum {string}
             */
            source: "soa" | "derived" | "none";
        };
        RequirementCoverage: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedText"];
            /** @description The organisation’s own answer, when the framework is in scope */
            ownStatus: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            /** @description Coverage through the Annex A controls behind it */
            mappedCoverage: ("covered" | "partial" | "not_covered" | "not_applicable") | null;
            /** @enum {string} */
            coverage: "covered" | "partial" | "not_covered" | "not_applicable";
            controls: components["schemas"]["CoverageControl"][];
        };
        FrameworkCoverage: {
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            name: components["schemas"]["LocalizedText"];
            inScope: boolean;
            totals: {
                covered: number;
                partial: number;
                not_covered: number;
                not_applicable: number;
            };
            requirements: components["schemas"]["RequirementCoverage"][];
        };
        EvidenceGap: {
            id: string;
            /** @enum {string} */
            frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
            code: string;
            title: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            ownerName: string | null;
            evidence: components["schemas"]["EvidenceCounts"];
        };
        Coverage: {
            orgId: string;
            frameworks: components["schemas"]["FrameworkCoverage"][];
            /** @description Applicable entries in scope without valid evidence */
            evidenceGaps: components["schemas"]["EvidenceGap"][];
            /** @description Risks not closed; treated: linked to at least one control */
            risks: {
                total: number;
                treated: number;
                untreated: number;
            };
        };
        RiskCoverage: {
            riskId: string;
            title: string;
            status: string;
            score: number;
            inherentScore: number;
            residualScore: number | null;
            treatment: string | null;
            controls: {
                id: string;
                /** @enum {string} */
                frameworkId: "iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar";
                code: string;
                title: components["schemas"]["LocalizedText"];
                /** @description null: the control’s framework is no longer in scope */
                status: ("not_started" | "planned" | "partial" | "implemented" | "not_applicable") | null;
            }[];
        };
        ControlScope: {
            orgId: string;
            /**
             * @description clinic: the light ISMS of the nine recommendations
             * @enum {string}
             */
            profile: "standard" | "clinic";
            /**
             * @description default: derived from the organisation’s place in the tree
             * @enum {string}
             */
            source: "default" | "own";
            frameworks: ("iso27001_2022" | "nis2_art21" | "gdpr_art32" | "clinic_nine" | "cyberforsvar")[];
            /** @description 0 while the organisation keeps the default */
            version: number;
            updatedAt: string | null;
        };
        DocumentAcknowledgement: {
            documentId: string;
            versionId: string;
            versionNumber: number;
            userId: string;
            /** Format: date-time */
            acknowledgedAt: string;
        };
        DocumentCoverage: {
            documentId: string;
            /** @description Acknowledgements of this version or later count; null before the first publication */
            acknowledgementVersionNumber: number | null;
            currentVersionNumber: number | null;
            total: {
                inAudience: number;
                acknowledged: number;
                pending: number;
                /** @description Acknowledged share of the audience, 0-100, one decimal */
                percent: number;
            };
            /** @description Per organisation or unit where the audience holds its roles */
            units: {
                inAudience: number;
                acknowledged: number;
                pending: number;
                /** @description Acknowledged share of the audience, 0-100, one decimal */
                percent: number;
                orgId: string;
                name: string;
                /** @enum {string} */
                kind: "sector" | "group" | "organisation" | "unit";
                parentId: string | null;
            }[];
        };
        AudiencePerson: {
            userId: string;
            name: string;
            email: string;
            acknowledgedAt: string | null;
            acknowledgedVersionNumber: number | null;
        };
        MyDocument: {
            id: string;
            orgId: string;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            title: string;
            description: string | null;
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            currentVersionId: string;
            currentVersionNumber: number;
            publishedAt: string | null;
            acknowledgementRequired: boolean;
            acknowledgedVersionNumber: number | null;
            acknowledgedAt: string | null;
            /** @description The current version (or the last one asking for it) awaits my acknowledgement */
            pending: boolean;
        };
        DocumentBodyFile: {
            id: string;
            name: string;
            contentType: string;
            size: number;
        };
        DocumentVersionSummary: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
        };
        /** @description What I may do with the version: update, delete or submit a draft, approve or return one in review, publish an approved one */
        DocumentVersionCan: {
            update: boolean;
            delete: boolean;
            submit: boolean;
            approve: boolean;
            returnToDraft: boolean;
            publish: boolean;
        };
        DocumentVersionListItem: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
            can: components["schemas"]["DocumentVersionCan"];
        };
        DocumentVersion: {
            id: string;
            documentId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "published" | "superseded";
            /** @enum {string} */
            bodyFormat: "html" | "file";
            changeSummary: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            submittedAt: string | null;
            approvedByName: string | null;
            approvedOn: string | null;
            publishedAt: string | null;
            supersededAt: string | null;
            /** @description Only drafts change; approved versions are immutable */
            editable: boolean;
            version: number;
            orgId: string;
            /** @description Sanitised HTML; empty when the body is a file */
            bodyHtml: string;
            bodyFile: components["schemas"]["DocumentBodyFile"] | null;
            createdBy: string | null;
            lastEditedBy: string | null;
            lastEditedByName: string | null;
            submittedBy: string | null;
            submittedByName: string | null;
            returnedByName: string | null;
            returnedAt: string | null;
            returnComment: string | null;
            approvedBy: string | null;
            approverRole: ("management" | "security_officer") | null;
            approvedAt: string | null;
            approvalNote: string | null;
            publishedByName: string | null;
            requiresAcknowledgement: boolean;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["DocumentVersionCan"];
        };
        DocumentDiff: {
            documentId: string;
            from: components["schemas"]["DocumentVersionSummary"];
            to: components["schemas"]["DocumentVersionSummary"];
            /** @description False when either version has a file as its body */
            comparable: boolean;
            rows: {
                /** @enum {string} */
                op: "equal" | "changed" | "added" | "removed";
                left: {
                    /** @description h1-h6, p, quote, code, li<depth>, tr */
                    kind: string;
                    text: string;
                } | null;
                right: {
                    /** @description h1-h6, p, quote, code, li<depth>, tr */
                    kind: string;
                    text: string;
                } | null;
                /** @description Word-level changes of a changed row */
                leftSegments?: {
                    /** @enum {string} */
                    op: "equal" | "removed" | "added";
                    text: string;
                }[];
                rightSegments?: {
                    /** @enum {string} */
                    op: "equal" | "removed" | "added";
                    text: string;
                }[];
            }[];
            stats: {
                unchanged: number;
                changed: number;
                added: number;
                removed: number;
            };
        };
        DocumentAudience: {
            /** @description Everyone holding a role at the organisation or one of its units */
            wholeOrganisation: boolean;
            /** @description Units (with the units below them) whose staff are in the audience */
            unitIds: string[];
            /** @description Staff holding one of these roles are in the audience */
            roles: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee")[];
        };
        DocumentReviewState: {
            /** @enum {string} */
            status: "not_scheduled" | "ok" | "due_soon" | "overdue";
            /** @description Days from today (Danish time) to the next review; negative when overdue */
            daysUntilDue: number | null;
        };
        /** @description What I may do with the document: update its settings, delete it (never approved), archive it (and change audience or classification once published), create a draft, record a review, acknowledge it */
        DocumentCan: {
            update: boolean;
            delete: boolean;
            archive: boolean;
            createDraft: boolean;
            recordReview: boolean;
            acknowledge: boolean;
        };
        Document: {
            id: string;
            orgId: string;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            title: string;
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            audience: components["schemas"]["DocumentAudience"];
            reviewIntervalMonths: number;
            /** @description Last approval or recorded review */
            lastReviewedOn: string | null;
            nextReviewOn: string | null;
            review: components["schemas"]["DocumentReviewState"];
            /** @description A group template that member organisations adopt */
            isTemplate: boolean;
            /** @description The group template (and its version) this document was adopted from */
            adoptedFrom: {
                documentId: string;
                versionId: string | null;
            } | null;
            /** @description The starter template it was created from */
            catalogKey: string | null;
            /** @description Public page (add .pdf for the PDF) while the document is classified public and published */
            publicPath: string | null;
            /** @description The published version */
            currentVersion: components["schemas"]["DocumentVersionSummary"] | null;
            /** @description A draft, a version in review, or an approved version not yet published */
            workingVersion: components["schemas"]["DocumentVersionSummary"] | null;
            /** @description Acknowledgements of this version or a later one count as read */
            acknowledgementVersionNumber: number | null;
            archived: boolean;
            archivedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: components["schemas"]["DocumentCan"];
        };
        DocumentReview: {
            id: string;
            documentId: string;
            /** Format: date */
            reviewedOn: string;
            reviewedBy: string | null;
            reviewedByName: string | null;
            /** @enum {string} */
            outcome: "no_change" | "changes_needed";
            note: string | null;
            /** @description The version in force when it was reviewed */
            versionNumber: number | null;
            nextReviewOn: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RevisionRow: {
            /** @enum {string} */
            kind: "version" | "review";
            versionNumber: number | null;
            /**
             * Format: date
             * @description Approval date of a version, or the date of a review
             */
            date: string;
            /** @description Who wrote the version, or who recorded the review */
            authorName: string | null;
            /** @description The version's change summary, or the review's note */
            changeSummary: string | null;
            /** @description Reviews only */
            outcome: ("no_change" | "changes_needed") | null;
            approvedByName: string | null;
            approverRole: ("management" | "security_officer") | null;
            publishedAt: string | null;
        };
        PublicDocument: {
            title: string;
            description: string | null;
            orgName: string;
            /** @enum {string} */
            kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
            /** @enum {string} */
            classification: "public" | "internal" | "confidential";
            versionNumber: number;
            approvedOn: string | null;
            approvedByName: string | null;
            publishedAt: string | null;
            nextReviewOn: string | null;
            /** @description Sanitised HTML; empty when the body is a file */
            bodyHtml: string;
            bodyFile: {
                name: string;
                contentType: string;
                size: number;
                path: string;
            } | null;
            revisions: components["schemas"]["RevisionRow"][];
            pagePath: string;
            pdfPath: string;
        };
        DocumentTemplates: {
            catalog: {
                key: string;
                /** @enum {string} */
                kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                /** @enum {string} */
                classification: "public" | "internal" | "confidential";
                reviewIntervalMonths: number;
                title: {
                    da: string;
                    en: string;
                };
                description: {
                    da: string;
                    en: string;
                };
            }[];
            /** @description Published templates of the groups (region, ministry) above the organisation */
            group: {
                documentId: string;
                orgId: string;
                orgName: string;
                /** @enum {string} */
                kind: "policy" | "guideline" | "procedure" | "instruction" | "plan";
                title: string;
                description: string | null;
                versionId: string;
                versionNumber: number;
                publishedAt: string | null;
            }[];
        };
        TemplateAdoption: {
            documentId: string;
            orgId: string;
            orgName: string;
            title: string;
            adoptedFromVersionId: string | null;
            adoptedFromVersionNumber: number | null;
            templateCurrentVersionNumber: number | null;
            /** @description Adopted from the template version in force now */
            upToDate: boolean;
            /** @description The adopter's published version, or its latest when none is published */
            comparedVersion: {
                id: string;
                number: number;
                status: string;
            } | null;
            /** @description False when either text is a file body */
            comparable: boolean;
            /** @description Blocks unchanged, changed, added and removed against the template version */
            deviation: {
                unchanged: number;
                changed: number;
                added: number;
                removed: number;
            };
            archived: boolean;
        };
        IncidentDeadline: {
            /** @enum {string} */
            kind: "gdpr_authority" | "gdpr_data_subjects" | "nis2_early_warning" | "nis2_notification" | "nis2_progress_report" | "nis2_final_report" | "police_report";
            /** @description UTC; null where the law sets no fixed time ("without undue delay") */
            dueAt: string | null;
            /** @description Danish wall clock with offset, e.g. 2026-03-31T11:00:00+02:00 */
            dueLocal: string | null;
            /** @enum {string} */
            status: "open" | "met" | "late" | "not_required";
            /** @description When the notification that answers it was sent */
            completedAt: string | null;
            /** @description Runs until the breach or NIS2 assessment says otherwise */
            provisional: boolean;
            /** @description At the time of the response; negative once passed */
            secondsRemaining: number | null;
        };
        IncidentLink: {
            id: string;
            /** @enum {string} */
            kind: "risk" | "asset" | "supplier";
            /** @description Id in the risk/asset/supplier register, when it has one */
            targetId: string | null;
            label: string;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        Incident: {
            id: string;
            orgId: string;
            /** @description INC-<year>-<number>, per organisation */
            reference: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            statusReason: string | null;
            /** @enum {string} */
            source: "internal" | "external";
            vulnerabilityReportId: string | null;
            title: string;
            description: string;
            occurredAt: string | null;
            discoveredAt: string | null;
            systems: string | null;
            /**
             * @description The reporter’s answer
             * @enum {string}
             */
            personalDataSuspected: "yes" | "no" | "unknown";
            reporterUserId: string | null;
            reporterName: string | null;
            /** Format: date-time */
            reportedAt: string;
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            severity: ("low" | "moderate" | "high" | "critical") | null;
            affectsConfidentiality: boolean;
            affectsIntegrity: boolean;
            affectsAvailability: boolean;
            /** @description null: not assessed yet */
            nis2Significant: boolean | null;
            /** @description null: not assessed yet */
            suspectedMalicious: boolean | null;
            /** @description null: not assessed yet */
            crossBorder: boolean | null;
            indicatorsOfCompromise: string | null;
            /** @description null: not assessed yet */
            patientSafetyImpact: boolean | null;
            /** @description Reference of the patient-safety (UTH) report */
            uthReference: string | null;
            /** @description null: not assessed yet */
            suspectedCrime: boolean | null;
            location: string | null;
            detectionMethod: string | null;
            /** @description Type of threat or root cause */
            cause: string | null;
            impactDescription: string | null;
            containment: string | null;
            /** @description Mitigation applied and ongoing */
            mitigation: string | null;
            participants: string | null;
            /** @description Can it happen again? */
            recurrence: string | null;
            relevantLogs: string | null;
            /** @description When the incident itself ended (duration) */
            endedAt: string | null;
            triagedAt: string | null;
            triagedByName: string | null;
            /**
             * Format: date-time
             * @description When the organisation became aware; every clock starts here
             */
            awareAt: string;
            awareLocal: string;
            awareSetByName: string;
            /** Format: date-time */
            awareSetAt: string;
            /** @description Why it was set or last changed */
            awareReason: string | null;
            /** @description null: not assessed yet */
            personalDataBreach: boolean | null;
            dataCategories: ("health" | "cpr" | "identity" | "contact" | "social" | "financial" | "criminal" | "special_other" | "credentials" | "location" | "other")[];
            dataSubjectCategories: ("patients" | "relatives" | "citizens" | "children" | "employees" | "other")[];
            dataSubjectsApprox: number | null;
            recordsApprox: number | null;
            breachRisk: ("none" | "risk" | "high_risk") | null;
            breachRiskReasoning: string | null;
            likelyConsequences: string | null;
            measuresTaken: string | null;
            dpoContact: string | null;
            /** @description Why data subjects are not told (Art. 34(3)) */
            dataSubjectsExemption: string | null;
            breachAssessedAt: string | null;
            breachAssessedByName: string | null;
            dpoEscalatedAt: string | null;
            /** @description Handling ended */
            resolvedAt: string | null;
            lessonsLearned: string | null;
            closedAt: string | null;
            closedByName: string | null;
            deadlines: components["schemas"]["IncidentDeadline"][];
            links: components["schemas"]["IncidentLink"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this incident */
            can: {
                /** @description Classify, edit the description and the NIS2 and police answers */
                triage: boolean;
                changeStatus: boolean;
                assessBreach: boolean;
                setAwareness: boolean;
                addNote: boolean;
                addAction: boolean;
                editLinks: boolean;
                /** @description Record NIS2, police, supplier and sector notifications */
                notifySecurity: boolean;
                /** @description Record Datatilsynet and data-subject notifications */
                notifyPrivacy: boolean;
            };
        };
        IncidentSummary: {
            id: string;
            orgId: string;
            reference: string;
            title: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            /** @enum {string} */
            source: "internal" | "external";
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            severity: ("low" | "moderate" | "high" | "critical") | null;
            /** @enum {string} */
            personalDataSuspected: "yes" | "no" | "unknown";
            /** @description null: not assessed yet */
            personalDataBreach: boolean | null;
            /** @description null: not assessed yet */
            nis2Significant: boolean | null;
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            awareAt: string;
            /** @description The open or late clock due first */
            nextDeadline: components["schemas"]["IncidentDeadline"] | null;
            version: number;
            /** @description What the caller may do with this incident */
            can: {
                /** @description Classify, edit the description and the NIS2 and police answers */
                triage: boolean;
                changeStatus: boolean;
                assessBreach: boolean;
                setAwareness: boolean;
                addNote: boolean;
                addAction: boolean;
                editLinks: boolean;
                /** @description Record NIS2, police, supplier and sector notifications */
                notifySecurity: boolean;
                /** @description Record Datatilsynet and data-subject notifications */
                notifyPrivacy: boolean;
            };
        };
        MyIncidentReport: {
            id: string;
            orgId: string;
            orgName: string;
            reference: string;
            title: string;
            /** Format: date-time */
            reportedAt: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            /** Format: date-time */
            updatedAt: string;
        };
        IncidentTimelineEntry: {
            id: string;
            incidentId: string;
            /**
             * Format: date-time
             * @description When it was recorded
             */
            at: string;
            /** @description When it happened, for notes written afterwards */
            occurredAt: string | null;
            actorId: string | null;
            actorName: string;
            /** @enum {string} */
            kind: "reported" | "note" | "status" | "triage" | "awareness" | "breach_assessment" | "dpo_escalation" | "notification" | "action" | "link";
            text: string | null;
            details: {
                [key: string]: unknown;
            } | null;
        };
        BreachLogEntry: {
            incidentId: string;
            orgId: string;
            reference: string;
            /** @enum {string} */
            status: "reported" | "in_progress" | "resolved" | "closed" | "dismissed";
            category: ("phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other") | null;
            /** Format: date-time */
            awareAt: string;
            occurredAt: string | null;
            /** Format: date-time */
            reportedAt: string;
            /** @description What happened (CPR numbers masked) */
            facts: string;
            dataCategories: ("health" | "cpr" | "identity" | "contact" | "social" | "financial" | "criminal" | "special_other" | "credentials" | "location" | "other")[];
            dataSubjectCategories: ("patients" | "relatives" | "citizens" | "children" | "employees" | "other")[];
            dataSubjectsApprox: number | null;
            recordsApprox: number | null;
            /** @description Likely consequences */
            effects: string | null;
            /** @description Measures taken or proposed */
            remedialAction: string | null;
            risk: ("none" | "risk" | "high_risk") | null;
            /** @description Why it was not notified, when judged unlikely to result in a risk */
            reasoning: string | null;
            notifiedAuthorityAt: string | null;
            authorityReference: string | null;
            delayReason: string | null;
            dataSubjectsNotifiedAt: string | null;
            dataSubjectsExemption: string | null;
            lessonsLearned: string | null;
        };
        IncidentReportText: {
            /** @enum {string} */
            kind: "gdpr_art33" | "nis2_early_warning" | "nis2_notification" | "nis2_final_report" | "base_facts";
            title: string;
            /** @description Plain text, one item per paragraph, ready to copy */
            text: string;
            items: {
                key: string;
                label: string;
                value: string | null;
                missing: boolean;
            }[];
            /** @description Labels of the items still to be filled in */
            missing: string[];
            complete: boolean;
        };
        IncidentNotification: {
            id: string;
            incidentId: string;
            /** @enum {string} */
            recipient: "datatilsynet" | "nis2_authority" | "data_subjects" | "police" | "supplier" | "sector_centre";
            stage: ("initial" | "supplement" | "early_warning" | "notification" | "progress_report" | "final_report") | null;
            /** @description E.g. the supplier’s name or the police district */
            recipientDetail: string | null;
            /** Format: date-time */
            sentAt: string;
            sentLocal: string;
            sentByName: string;
            recordedByName: string;
            /** @description The recipient’s case or journal number */
            reference: string | null;
            summary: string | null;
            delayReason: string | null;
            /** @description The clock this notification answers */
            deadline: string | null;
            dueAt: string | null;
            /** @description Sent after the clock it answers */
            late: boolean;
            attachments: {
                id: string;
                name: string;
                contentType: string;
                size: number;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do with this notification */
            can: {
                update: boolean;
            };
        };
        IncidentStatistics: {
            orgId: string;
            /** @description First month, YYYY-MM (Danish calendar month of the report) */
            from: string;
            /** @description Last month, YYYY-MM */
            to: string;
            total: number;
            personalDataBreaches: number;
            nis2Significant: number;
            byCategory: {
                /** @enum {string} */
                category: "phishing" | "ransomware" | "lost_device" | "misdirected_patient_data" | "unauthorised_record_access" | "supplier_incident" | "outage" | "other" | "unclassified";
                count: number;
            }[];
            bySeverity: {
                /** @enum {string} */
                severity: "low" | "moderate" | "high" | "critical" | "unclassified";
                count: number;
            }[];
            byMonth: {
                month: string;
                count: number;
            }[];
            /** @description The organisation itself (own records) and each child with its whole subtree */
            byOrganisation: {
                orgId: string;
                name: string;
                kind: string;
                own: boolean;
                count: number;
            }[];
        };
        RunningIncidentDeadline: {
            /** @enum {string} */
            kind: "gdpr_authority" | "gdpr_data_subjects" | "nis2_early_warning" | "nis2_notification" | "nis2_progress_report" | "nis2_final_report" | "police_report";
            /** @description UTC; null where the law sets no fixed time ("without undue delay") */
            dueAt: string | null;
            /** @description Danish wall clock with offset, e.g. 2026-03-31T11:00:00+02:00 */
            dueLocal: string | null;
            /** @enum {string} */
            status: "open" | "met" | "late" | "not_required";
            /** @description When the notification that answers it was sent */
            completedAt: string | null;
            /** @description Runs until the breach or NIS2 assessment says otherwise */
            provisional: boolean;
            /** @description At the time of the response; negative once passed */
            secondsRemaining: number | null;
            incidentId: string;
            orgId: string;
            reference: string;
            title: string;
            severity: ("low" | "moderate" | "high" | "critical") | null;
        };
        Organisation: {
            id: string;
            parentId: string | null;
            /** @enum {string} */
            kind: "sector" | "group" | "organisation" | "unit";
            name: string;
            cvr: string | null;
            /** @description Members must sign in with a second factor */
            requireMfa: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the signed-in user may do with the organisation, computed by the server */
            can: {
                /** @description Rename, change CVR and the two-factor requirement */
                update: boolean;
                /** @description Move under another parent (never the sector root) */
                move: boolean;
                /** @description Create an organisation below this one */
                createChild: boolean;
                /** @description Add, change and remove members and their roles */
                manageMembers: boolean;
            };
        };
        RiskMatrix: {
            orgId: string;
            likelihoodLevels: {
                level: number;
                label: string;
                description: string | null;
            }[];
            consequenceLevels: {
                level: number;
                label: string;
                description: string | null;
            }[];
            /** @description Ascending; a score belongs to the first band whose maxScore it does not exceed */
            bands: {
                /** @description The highest score in the band */
                maxScore: number;
                label: string;
                colour: string;
            }[];
            /** @description Scores above this need management to accept them */
            tolerance: number;
            maxScore: number;
            /** @description The organisation has not changed the default 5×5 matrix */
            isDefault: boolean;
            /** @description 0 while the default applies; send it back when changing the matrix */
            version: number;
            updatedAt: string | null;
        };
        ThreatRef: {
            /** @description A catalogue key (e.g. ransomware) or the id of an organisation’s own threat */
            id: string;
            /** @enum {string} */
            source: "catalog" | "organisation";
            title: {
                da: string;
                en: string;
            };
        };
        Threat: {
            id: string;
            /** @enum {string} */
            source: "catalog" | "organisation";
            /** @description The organisation that added it (an ancestor’s threats apply below it) */
            orgId: string | null;
            /** @enum {string} */
            category: "malicious" | "insider" | "supplier" | "human_error" | "technical" | "physical" | "environmental";
            /** @description Catalogue threats in Danish and English; own threats as written, in both */
            title: {
                da: string;
                en: string;
            };
            description: {
                da: string;
                en: string;
            } | null;
            affects: {
                confidentiality: boolean;
                integrity: boolean;
                availability: boolean;
            };
            /** @description The sector strategy’s vulnerabilities (1-6) the threat draws on; catalogue only */
            vulnerabilities: number[];
            /** @description Risk scenarios of this organisation that name the threat */
            riskCount: number;
            version: number | null;
            updatedAt: string | null;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        RiskLevel: {
            /** @description 1 = the lowest band of the matrix */
            rank: number;
            label: string;
            /** @description #rrggbb */
            colour: string;
        };
        RiskAcceptance: {
            id: string;
            riskId: string;
            acceptedBy: string | null;
            acceptedByName: string;
            /**
             * @description The role the acceptance was signed in
             * @enum {string}
             */
            role: "management" | "security_officer";
            reason: string;
            /** @description The score accepted */
            score: number;
            /** @description The tolerance when it was signed */
            tolerance: number;
            aboveTolerance: boolean;
            /** Format: date-time */
            acceptedAt: string;
            /** Format: date */
            expiresOn: string;
            /** @description Days from today (Danish time) to the expiry; negative once expired */
            expiresInDays: number;
            /**
             * @description expired: past its expiry date; lapsed: the score rose above what was accepted
             * @enum {string}
             */
            state: "active" | "expired" | "revoked" | "superseded" | "lapsed";
            endedAt: string | null;
            endedBy: string | null;
            endNote: string | null;
        };
        RiskAction: {
            id: string;
            riskId: string;
            title: string;
            description: string | null;
            ownerUserId: string | null;
            ownerName: string | null;
            /** @description Assigned to whoever holds this role when there is no owner */
            ownerRole: ("admin" | "management" | "security_officer" | "dpo" | "risk_owner" | "contributor" | "auditor" | "supervisor" | "employee") | null;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            overdue: boolean;
            /** @description The task in "my tasks" that carries the action */
            taskId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
            };
        };
        Risk: {
            id: string;
            orgId: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "accepted" | "closed";
            ownerUserId: string | null;
            ownerName: string | null;
            threats: components["schemas"]["ThreatRef"][];
            assets: components["schemas"]["AssetRef"][];
            likelihood: number;
            consequenceOrganisation: number | null;
            consequencePatientSafety: number | null;
            consequenceDataSubject: number | null;
            /** @description The highest of the three consequences */
            consequence: number;
            /** @description likelihood × consequence */
            inherentScore: number;
            inherentLevel: components["schemas"]["RiskLevel"];
            existingControls: string | null;
            plannedControls: string | null;
            residualLikelihood: number | null;
            residualConsequenceOrganisation: number | null;
            residualConsequencePatientSafety: number | null;
            residualConsequenceDataSubject: number | null;
            residualConsequence: number | null;
            residualScore: number | null;
            residualLevel: components["schemas"]["RiskLevel"] | null;
            /** @description The score that counts: residual once assessed, inherent until then */
            score: number;
            level: components["schemas"]["RiskLevel"];
            /** @description score > the matrix tolerance: only management may accept it */
            aboveTolerance: boolean;
            treatment: ("reduce" | "accept" | "avoid" | "transfer") | null;
            treatmentNote: string | null;
            /** Format: date */
            reviewDate: string;
            reviewOverdue: boolean;
            /** @description Days from today (Danish time) to the review date; negative when overdue */
            reviewInDays: number;
            lastReviewedAt: string | null;
            /** @description The latest acceptance, unless it was revoked or superseded */
            acceptance: components["schemas"]["RiskAcceptance"] | null;
            actionSummary: {
                total: number;
                open: number;
                overdue: number;
            };
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                update: boolean;
                delete: boolean;
                review: boolean;
                accept: boolean;
                revokeAcceptance: boolean;
            };
        };
        RiskAssessment: {
            id: string;
            orgId: string;
            title: string;
            /** Format: date */
            assessmentDate: string;
            note: string | null;
            /** @enum {string} */
            status: "awaiting_approval" | "approved" | "rejected";
            frozenBy: string | null;
            frozenByName: string;
            /** Format: date-time */
            frozenAt: string;
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            summary: {
                risks: number;
                accepted: number;
                aboveTolerance: number;
                residualAssessed: number;
                /** @description Risks per band of the matrix, by the score that counts */
                byLevel: {
                    rank: number;
                    label: string;
                    colour: string;
                    count: number;
                }[];
            };
            matrix: {
                likelihoodLevels: {
                    level: number;
                    label: string;
                }[];
                consequenceLevels: {
                    level: number;
                    label: string;
                }[];
                bands: {
                    maxScore: number;
                    label: string;
                    colour: string;
                }[];
                tolerance: number;
            };
            version: number;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                decide: boolean;
            };
        };
        RiskAssessmentItem: {
            riskId: string;
            title: string;
            status: string;
            ownerName: string | null;
            /** @description Threat titles (Danish) as they were */
            threats: string[];
            /** @description Asset names as they were */
            assets: string[];
            likelihood: number;
            consequence: number;
            inherentScore: number;
            residualScore: number | null;
            score: number;
            level: components["schemas"]["RiskLevel"];
            aboveTolerance: boolean;
            treatment: string | null;
            acceptedUntil: string | null;
        };
        RiskAssessmentComparison: {
            from: components["schemas"]["RiskAssessment"];
            to: components["schemas"]["RiskAssessment"];
            /** @description In the later assessment only */
            new: components["schemas"]["RiskAssessmentItem"][];
            /** @description In the earlier assessment only */
            closed: components["schemas"]["RiskAssessmentItem"][];
            /** @description In both, with a changed inherent, residual or current score */
            moved: {
                riskId: string;
                title: string;
                from: {
                    inherentScore: number;
                    residualScore: number | null;
                    score: number;
                    level: components["schemas"]["RiskLevel"];
                };
                to: {
                    inherentScore: number;
                    residualScore: number | null;
                    score: number;
                    level: components["schemas"]["RiskLevel"];
                };
                /**
                 * @description By the score that counts
                 * @enum {string}
                 */
                direction: "up" | "down" | "same";
            }[];
            unchanged: number;
        };
        RiskHeatMap: {
            likelihoodLevels: {
                level: number;
                label: string;
            }[];
            consequenceLevels: {
                level: number;
                label: string;
            }[];
            bands: {
                maxScore: number;
                label: string;
                colour: string;
            }[];
            tolerance: number;
            inherent: {
                /** @description Every cell of the matrix, highest likelihood first, then consequence ascending */
                cells: {
                    likelihood: number;
                    consequence: number;
                    score: number;
                    level: components["schemas"]["RiskLevel"];
                    aboveTolerance: boolean;
                    count: number;
                    riskIds: string[];
                }[];
                total: number;
            };
            residual: {
                /** @description Every cell of the matrix, highest likelihood first, then consequence ascending */
                cells: {
                    likelihood: number;
                    consequence: number;
                    score: number;
                    level: components["schemas"]["RiskLevel"];
                    aboveTolerance: boolean;
                    count: number;
                    riskIds: string[];
                }[];
                total: number;
                /** @description Risks without a residual assessment (not in the residual grid) */
                notAssessed: number;
            };
        };
        RiskSummary: {
            total: number;
            byStatus: {
                draft: number;
                open: number;
                accepted: number;
                closed: number;
            };
            /** @description Open and accepted risks: the register */
            live: number;
            /** @description Live risks whose score is above the tolerance */
            aboveTolerance: number;
            /** @description Live risks without a treatment decision */
            untreated: number;
            /** @description Live risks per band of the matrix, by the score that counts */
            byLevel: {
                rank: number;
                label: string;
                colour: string;
                count: number;
            }[];
            reviews: {
                overdue: number;
                /** @description Due within 30 days */
                dueSoon: number;
            };
            acceptances: {
                active: number;
                /** @description Expiring within 30 days */
                expiringSoon: number;
                expired: number;
            };
            actions: {
                open: number;
                overdue: number;
            };
        };
        ApiToken: {
            id: string;
            name: string;
            /** @description The first characters of the token, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        VulnerabilityReport: {
            id: string;
            orgId: string;
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
            /** @description Untrusted text from outside: show as text, never as HTML */
            summary: string;
            /** @description Untrusted text from outside: show as text, never as HTML */
            description: string;
            affectedSystem: string | null;
            reporterName: string | null;
            reporterEmail: string | null;
            /** @description CPR numbers masked on receipt (ddmmyy-****) */
            cprMasked: number;
            /** Format: date-time */
            receivedAt: string;
            decisionReason: string | null;
            incidentId: string | null;
            decidedAt: string | null;
            decidedByName: string | null;
            version: number;
            /** @description What the caller may do with this report */
            can: {
                decide: boolean;
            };
        };
        VulnerabilityReportStatus: {
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
        };
        VulnerabilityReportReceipt: {
            /** @description Keep it: the only way to follow up on the report */
            receiptCode: string;
            /** @enum {string} */
            status: "received" | "accepted" | "rejected";
        };
        RiskAssessmentDetail: {
            id: string;
            orgId: string;
            title: string;
            /** Format: date */
            assessmentDate: string;
            note: string | null;
            /** @enum {string} */
            status: "awaiting_approval" | "approved" | "rejected";
            frozenBy: string | null;
            frozenByName: string;
            /** Format: date-time */
            frozenAt: string;
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            summary: {
                risks: number;
                accepted: number;
                aboveTolerance: number;
                residualAssessed: number;
                /** @description Risks per band of the matrix, by the score that counts */
                byLevel: {
                    rank: number;
                    label: string;
                    colour: string;
                    count: number;
                }[];
            };
            matrix: {
                likelihoodLevels: {
                    level: number;
                    label: string;
                }[];
                consequenceLevels: {
                    level: number;
                    label: string;
                }[];
                bands: {
                    maxScore: number;
                    label: string;
                    colour: string;
                }[];
                tolerance: number;
            };
            version: number;
            /** @description What the reader may do with the record; the web shows an action only when true */
            can: {
                decide: boolean;
            };
            items: components["schemas"]["RiskAssessmentItem"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
