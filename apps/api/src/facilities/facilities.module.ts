import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller.js';
import { FacilitiesService } from './facilities.service.js';

/** Facility settings: auto-assignment of new service complaints and its per-person cap. */
@Module({ controllers: [FacilitiesController], providers: [FacilitiesService] })
export class FacilitiesModule {}
