// The Italian first-name list shipped by gender-detection-from-name: a Map from lower-case name to gender.
declare module 'gender-detection-from-name/names/it.js' {
  const names: Map<string, 'male' | 'female' | 'unisex'>;
  export default names;
}
