/** Headings that name the standard sections of a brief, in every shipped language. */
export const SUMMARY_TITLES = ['Executive summary', 'Key messages', 'Summary', 'Resumen ejecutivo', 'Mensajes clave', 'Résumé', 'Messages clés', 'Zusammenfassung', 'Kernaussagen'];
export const RECOMMENDATION_TITLES = ['Recommendations', 'Policy recommendations', 'Recomendaciones', 'Recommandations', 'Empfehlungen', 'Handlungsempfehlungen'];
export const REFERENCE_TITLES = ['References', 'Bibliography', 'Sources', 'Notes', 'Referencias', 'Références', 'Bibliografía', 'Bibliographie', 'Notas', 'Anmerkungen', 'Literatur', 'Quellen'];

/**
 * Words or phrases that make a heading one of these sections under a title of its own
 * ("Official Sources", "Resources and References", "Problems and recommendations",
 * "Key takeaways", "The way forward", "What can be done", "Footnotes"), in every shipped language.
 */
export const SUMMARY_WORDS = ['summary', 'key messages', 'key takeaways', 'takeaways', 'key points', 'key findings', 'overview', 'at a glance', 'abstract', 'highlights', 'synopsis', 'tl;dr', 'resumen', 'résumé', 'mensajes clave', 'messages clés', 'zusammenfassung', 'kurzfassung', 'kernaussagen', 'auf einen blick', 'das wichtigste in kürze'];
export const RECOMMENDATION_WORDS = ['recommendations', 'recommendation', 'recommended', 'recommend', 'policy options', 'proposals', 'suggestions', 'way forward', 'next steps', 'call to action', 'calls to action', 'what can be done', 'what we can do', 'things we can do', 'what you can do', 'what can you do', 'what can i do', 'what to do', 'should do', 'take action', 'solution', 'solutions', 'recomendaciones', 'propuestas', 'solución', 'soluciones', 'qué hacer', 'recommandations', 'propositions', 'pistes d’action', 'que faire', 'agir', 'empfehlungen', 'handlungsempfehlungen', 'vorschläge', 'lösungsvorschläge', 'lösungsansätze', 'lösungen', 'ausweg', 'forderungen', 'was kann ich tun', 'was können wir tun'];
export const REFERENCE_WORDS = ['references', 'bibliography', 'sources', 'works cited', 'citations', 'further reading', 'resources', 'learn more', 'footnotes', 'endnotes', 'referencias', 'références', 'bibliografía', 'bibliographie', 'fuentes', 'para seguir leyendo', 'lecturas recomendadas', 'para saber más', 'pour aller plus loin', 'pour en savoir plus', 'literatur', 'literaturverzeichnis', 'quellen', 'quellenverzeichnis', 'datenquellen', 'quellenangaben', 'fußnoten', 'weiterführende links', 'zum weiterlesen', 'weitere informationen', 'more information', 'further information', 'más información', 'plus d’informations'];
