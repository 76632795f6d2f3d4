import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';

export const AUSCULT_CONFIG = Symbol('AUSCULT_CONFIG');

/** The validated config, injectable everywhere as AUSCULT_CONFIG. */
@Global()
@Module({})
export class AuscultConfigModule {
  static forRoot(config: AuscultConfig): DynamicModule {
    return {
      module: AuscultConfigModule,
      providers: [{ provide: AUSCULT_CONFIG, useValue: config }],
      exports: [AUSCULT_CONFIG],
    };
  }
}
