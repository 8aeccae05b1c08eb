/// The name of every sentence and label Swift composes; ``Strings`` holds the words per language.
/// Raw values are the keys of a strings file (`themes/default/strings/en.yaml`), which also holds
/// the keys only templates use.
package enum Phrase: String, CaseIterable, Sendable {
    // Dates
    case date
    // Navigation and titles
    case home, people, roles, guides, forAuthors, whoToContactAt, contractTitle
    case roleOnContract, guideForRole, reviewTitle, roleInRoleSet, contractOfCompany, roleOnContracts, roleInTeam
    // Contract facts
    case factCompany, factVendor, factContractNumber, factSubscriptionID, factPlan, factTerm, factStarts, factEnds
    case factRenewsAutomatically, factBoughtThrough, factBuyingExperience, factManagedIn, factTeam, yes, no
    case channelReseller, channelOnlineStore, channelDirect, buyingExperienceClassic, buyingExperience2024
    case contractEnded, contractEndsIn, contractEndsInRenews
    // Role facts
    case scopeContract, scopeAsset, scopeTeam, heldPer, exactlyOnePer, atMostOnePer, atMostPer, betweenPer
    case anyNumberPer, atLeastPer, recommendedMaximum, standsInWhenNobody, nobodyPerforms
    // Holders and contacts
    case assetWithSerial, teamUnit, standsInSentence, standsInShort, standsInAs, personHasLeft, unassigned
    case unassignedForAsset, departed, departedForAsset, noResellerContact, resellerDesk
    case purposeSales, purposeTraining, purposeTechnicalSupport, purposeRenewals, purposeBilling
    case purposeSalesInSentence, purposeTrainingInSentence, purposeTechnicalSupportInSentence
    case purposeRenewalsInSentence, purposeBillingInSentence
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
    case changesTitle, changesAtCompany, changesBetween, nothingChanged, companyAdded, companyRemoved, changeCount
    case whatChanged
    // Pages that answer first (issue 15)
    case topicSeparator, roleForUnit
    // `rolebook who` in the terminal
    case whoContract, whoContractForUnits, whoYou, whoSkipped, whoNoContracts, whoNoChain
    // Action lists, report contents and shared procedures (issue 15)
    case actionsTitle, actionsAtCompany, actionDeparted, actionDepartedForAsset, actionDepartedInTeam
    case actionStandingIn, actionStandingInForAsset, actionRenewalDue, actionEnded
    case actionOverRecommended, actionNobodyLeft, actionsCount, actionsNone, actionsNoneAt
    case procedureStepsFor, procedureAnd, topicForUnits
    // Search and indexes (issue 15)
    case peopleIndex, contractsIndex, roleHoldersIndex, indexRange, indexPageTitle, searchHolders, searchNobody
    case searchSeparator, searchSerialLabel, searchCompany, searchSubscription
    // Reviewers' flags on conditional blocks of guidance
    case flagFor, flagForOnlyContract, flagForOnlyGeneric, flagForNoPage, flagOnlyContract, flagOnlyGeneric
    case flagNoPage
    // What changed between two versions of the data (`rolebook diff`, change pages)
    case changeCompanyAdded, changeCompanyRemoved, contractCount, personCount, changeTeamUnit, changeTerm
    case changeContractAdded, changeDetailSeparator, changeContractGoneEnded, changeContractGone, changeContractEnded
    case changeContractRenewed, changeContractEndsEarlier, changeContractStarts, changeContractTerm, changeNoTerm
    case changeContractUnit, changeAssetUnit, changeHolders, changeMaskedPerson, changeRoleMoved, changeRoleGained
    case changeRoleLost, changeBecame, changeNoLonger, changePersonAppeared, changePersonGone, changePersonDeparted
    case changePersonReturned, changeMaskedPeople, maskedPersonCount, diffTitle, diffNone, diffNoChanges, diffSummary
    case companyCount
    // The search box's counted messages (search.js chooses the form)
    case searchMatches, searchMatchesMore
    // Counted words on pages
    case renewalsTitle, noRenewals, homeCounts, tooManyContracts, milestoneInDays, milestoneSoon
}
