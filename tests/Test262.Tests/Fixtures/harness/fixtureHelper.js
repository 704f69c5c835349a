// A harness include for the runner's own tests.
function fixtureHelperLoaded() { return true; }
