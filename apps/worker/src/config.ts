export const AUSCULT_CONFIG = Symbol('AUSCULT_CONFIG');
