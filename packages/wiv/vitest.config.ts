import { vendorPackageTests } from '../../vitest.shared.js';

export default vendorPackageTests;
