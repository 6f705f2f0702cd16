export declare function renderTemplate(template: string, values: Record<string, string | undefined>): string;
export declare function derivedValues(env: Record<string, string | undefined>): Record<string, string>;
