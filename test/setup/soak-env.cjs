// The soak run takes the property tests at their full run count unless told otherwise.
process.env.PRECIS_FC_RUNS ??= '1';
