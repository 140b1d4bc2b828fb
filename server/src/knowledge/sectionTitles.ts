/** Headings that name the standard sections of a brief, in every shipped language. */
export const SUMMARY_TITLES = ['Executive summary', 'Key messages', 'Summary', 'Resumen ejecutivo', 'Mensajes clave', 'Résumé', 'Messages clés'];
export const RECOMMENDATION_TITLES = ['Recommendations', 'Policy recommendations', 'Recomendaciones', 'Recommandations'];
export const REFERENCE_TITLES = ['References', 'Bibliography', 'Sources', 'Referencias', 'Références', 'Bibliografía', 'Bibliographie'];
