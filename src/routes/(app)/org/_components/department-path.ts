/** A department's path as the pages show it: `Operations › Customer Support`. */
export const departmentPath = (path: string) => path.replaceAll('/', ' › ');
