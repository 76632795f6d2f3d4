import { Module } from '@nestjs/common';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

/** Units admin: the units and the aliases care needs are routed by. */
@Module({ controllers: [UnitsController], providers: [UnitsService] })
export class UnitsModule {}
