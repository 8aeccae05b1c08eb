/// The name of every sentence and label code composes; ``Strings`` holds the words per language.
/// Raw values are the keys a strings file uses.
package enum Phrase: String, CaseIterable, Sendable {
    // Dates
    case date, monthJan, monthFeb, monthMar, monthApr, monthMay, monthJun, monthJul, monthAug, monthSep, monthOct
    case monthNov, monthDec
    // Navigation and titles
    case home, people, roles, guides, forAuthors, whoToContactAt, contractTitle
    case roleOnContract, guideForRole, reviewTitle, roleInRoleSet, contractOfCompany, roleOnContracts
    // Contract facts
    case factCompany, factVendor, factContractNumber, factSubscriptionID, factPlan, factTerm, factStarts, factEnds
    case factRenewsAutomatically, factBoughtThrough, factBuyingExperience, factManagedIn, factTeam, yes, no
    case channelReseller, channelOnlineStore, channelDirect, buyingExperienceClassic, buyingExperience2024
    case contractEnded, contractEndsInOneDay, contractEndsInDays, contractEndsInOneDayRenews, contractEndsInDaysRenews
    // Role facts
    case scopeContract, scopeAsset, scopeTeam, heldPer, exactlyOnePer, atMostOnePer, atMostPer, betweenPer
    case anyNumberPer, atLeastPer, recommendedMaximum, standsInWhenNobody, nobodyPerforms
    // Holders and contacts
    case assetWithSerial, teamUnit, standsInSentence, standsInShort, standsInAs, personHasLeft, unassigned
    case unassignedForAsset, departed, departedForAsset, noResellerContact, resellerDesk
    case purposeSales, purposeTraining, purposeTechnicalSupport, purposeRenewals, purposeBilling
    // Reports, packets, calendars
    case reportTitle, reportHeader, packetTitle, packetHeader, packetPlace, packetPlaceInUnit, pageOfPages
    case milestoneWindowOpens, milestoneReminder, milestoneRenews, milestoneEnds
    case calendarName, calendarSummary, calendarDescription
    // Guidance values on pages that belong to no contract
    case genericContractNumber, genericContractStart, genericContractEnd, genericCompany, genericProduct
    case genericSerialNumber, genericReseller, genericHolderName, genericHolderEmail, genericHolderPhone
    case genericResellerContactName, genericResellerContactPhone, genericResellerContactEmail
    case genericResellerContactURL, genericResellerContactHours, orSeparator
    // Advice and contact chains (issue 14)
    case vendorSupport, vendorStepIsAdvice, noResellerOnlineStore, noResellerDirect, chainEndsUnnamed, unitSeparator
    case comesToYouUnassigned, comesToYouDeparted, holderHasLeft, nobodyHolds, nobodyHoldsForUnit, standsInFor
    case sayToThem, sayIfLeaving, comesToYouUnassignedForAsset, comesToYouDepartedForAsset
    // Role facts and contract facts (issue 14)
    case boughtAs, boughtThroughReseller, boughtInOnlineStore, boughtDirectly, boughtWithContractNumber
    case boughtInNewBuyingExperience, boughtChannelAndExperience
    // Change pages (issue 17)
    case changesTitle, changesAtCompany, changesBetween, nothingChanged, companyAdded, companyRemoved, oneChange
    case changeCount, whatChanged
    // Pages that answer first (issue 15)
    case topicSeparator, roleForUnit
    // `rolebook who` in the terminal
    case whoContract, whoContractForUnits, whoYou, whoSkipped, whoNoContracts, whoNoChain
    // Action lists, report contents and shared procedures (issue 15)
    case actionsTitle, actionsAtCompany, actionDeparted, actionDepartedForAsset, actionDepartedInTeam
    case actionStandingIn, actionStandingInForAsset, actionRenewalDueOneDay, actionRenewalDueDays, actionEnded
    case actionOverRecommended, actionNobodyLeft, actionsCount, actionsCountOne, actionsNone, actionsNoneAt
    case procedureStepsFor, procedureAnd, topicForUnits
    // Search and indexes (issue 15)
    case peopleIndex, contractsIndex, roleHoldersIndex, indexRange, indexPageTitle, searchHolders, searchNobody
    case searchSeparator, searchSerialLabel, searchCompany, searchSubscription
}
